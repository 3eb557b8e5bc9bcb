-- The catalogue grows what an officer needs while referring: the fast-track SLA, the eligibility
-- the system can check (age, sex, education completed, DTSEN desil), the notes it cannot, and the
-- documents to bring. Its rows now come from the district's seed files (config/seed/*/services.csv),
-- applied by the launcher like the agencies; the starting rows of V1 that nobody changed or
-- referred to are removed here so that the seed puts them back with their details and the
-- district's own agencies (V1 named agencies the registry does not have, and one name said
-- "miskin", which no citizen-facing name may).
ALTER TABLE service_catalogue
  ADD COLUMN fast_track_days     INT           NULL AFTER sla_days,
  ADD COLUMN description         VARCHAR(1000) NULL,
  ADD COLUMN eligibility_notes   VARCHAR(1000) NULL,
  ADD COLUMN min_age             INT           NULL,
  ADD COLUMN max_age             INT           NULL,
  ADD COLUMN sex                 CHAR(1)       NULL,
  ADD COLUMN education_completed VARCHAR(20)   NULL,
  ADD COLUMN max_desil           INT           NULL,
  ADD COLUMN documents           VARCHAR(2000) NULL,
  ADD COLUMN updated_at          DATETIME(6)   NULL;

DELETE FROM service_catalogue
 WHERE version = 0
   AND code NOT IN (SELECT DISTINCT service_code FROM referral);

UPDATE service_catalogue SET name = 'Bantuan hukum cuma-cuma' WHERE code = 'BANTUAN_HUKUM';

-- A fast-tracked referral (a person at risk, an urgent document) is due in the service's shorter
-- fast-track SLA.
ALTER TABLE referral ADD COLUMN fast_track BOOLEAN NOT NULL DEFAULT FALSE AFTER reason;
