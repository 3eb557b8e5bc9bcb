-- The intake verivali proposal made for a family after its voluntary graduation was approved.
ALTER TABLE pkh_graduation ADD COLUMN verivali_proposal_id BIGINT NULL;
