-- Households, persons and welfare snapshots take their ids in blocks from id_block (core V5), so
-- that registrations and imports insert them in batches. AUTO_INCREMENT is dropped: a writer that
-- does not take its ids from id_block now fails at once instead of colliding with a block later.
INSERT INTO id_block (name, last_id) SELECT 'household', COALESCE(MAX(id), 0) FROM household;
INSERT INTO id_block (name, last_id) SELECT 'person', COALESCE(MAX(id), 0) FROM person;
INSERT INTO id_block (name, last_id) SELECT 'welfare_status', COALESCE(MAX(id), 0) FROM welfare_status;

ALTER TABLE household MODIFY id BIGINT NOT NULL;
ALTER TABLE person MODIFY id BIGINT NOT NULL;
ALTER TABLE welfare_status MODIFY id BIGINT NOT NULL;
