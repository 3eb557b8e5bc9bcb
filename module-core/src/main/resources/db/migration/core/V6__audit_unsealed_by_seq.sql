-- The sealer finds the events not sealed yet by their empty sequence number (the unique index
-- audit_event_seq holds them first, in id order) instead of by their empty hash. The index on
-- (hash, id) went: sealing moved every event to a random place in it (a hash is random), an
-- index page write per audit event; a sequence number only ever grows, so the seq index is
-- appended to. Measured with ./slrt bench register (docs/BENCHMARKS.md).
DROP INDEX audit_event_unsealed ON audit_event;
