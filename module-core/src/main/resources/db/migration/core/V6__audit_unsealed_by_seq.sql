-- The sealer finds the events not sealed yet by their empty sequence number instead of by their
-- empty hash. Sealing moved every event to a random place of the old index on (hash, id), since a
-- hash is random: an index page written per audit event. A sequence number only grows, so sealing
-- moves an event from the start of the new index (seq NULL, in id order: the sealer's order) to its
-- end. Measured with ./slrt bench register (docs/BENCHMARKS.md).
DROP INDEX audit_event_unsealed ON audit_event;
CREATE INDEX audit_event_unsealed ON audit_event (seq, id);
