-- A service whose serving changes the family's welfare situation (a program received, a house
-- renovated): a completed referral to it offers a verivali proposal, so that DTSEN is corrected.
ALTER TABLE service_catalogue ADD COLUMN changes_welfare BOOLEAN NOT NULL DEFAULT FALSE AFTER issues;

-- districts seeded before this column: the programs of the national and district seed files
UPDATE service_catalogue SET changes_welfare = TRUE
  WHERE code IN ('PKH', 'BPNT', 'KIS', 'KIP', 'RTLH', 'KUBE', 'KARAWANG_CERDAS_SMA',
                 'KARAWANG_CERDAS_KULIAH');
