-- Needs and KLIK consultations take their ids from id_block (core V5), as households and persons
-- do, and a sealed one (a violence need, a violence-desk consultation) from a counter of its own,
-- below zero (-1, -2, ...): the ids everyone else sees no longer skip a number for each disclosure.
-- (An AUTO_INCREMENT column cannot do this: InnoDB spends a value on a row inserted with an id of
-- its own too.) Sealed rows stored before this keep their ids.
INSERT INTO id_block (name, last_id) SELECT 'need', COALESCE(MAX(id), 0) FROM need;
INSERT INTO id_block (name, last_id)
  SELECT 'klik_consultation', COALESCE(MAX(id), 0) FROM klik_consultation;
INSERT INTO id_block (name, last_id) VALUES ('need_sealed', 0), ('klik_consultation_sealed', 0);

ALTER TABLE need MODIFY id BIGINT NOT NULL;
ALTER TABLE klik_consultation MODIFY id BIGINT NOT NULL;
