-- What a Disdukcapil service issues when served (NIK, KK, documents): the person's record takes
-- the numbers the agency types when it completes the referral.
ALTER TABLE service_catalogue ADD COLUMN issues VARCHAR(100) NULL AFTER documents;

-- districts seeded before this column: the national Disdukcapil services
UPDATE service_catalogue SET issues = 'NIK|KTP_EL' WHERE code = 'KTP_EL' AND issues IS NULL;
UPDATE service_catalogue SET issues = 'KK' WHERE code = 'KK' AND issues IS NULL;
UPDATE service_catalogue SET issues = 'NIK|KK|AKTA_KELAHIRAN'
  WHERE code = 'AKTA_LAHIR' AND issues IS NULL;
