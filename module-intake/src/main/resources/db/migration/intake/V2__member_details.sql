-- All the family card says about a member, a person without documents (no NIK yet), and members
-- who died or moved away (kept, with the date, never deleted).
ALTER TABLE person
  MODIFY nik CHAR(16) NULL,
  ADD COLUMN education       VARCHAR(20)  NULL,
  ADD COLUMN occupation      VARCHAR(100) NULL,
  ADD COLUMN disability      VARCHAR(20)  NULL,
  ADD COLUMN marital_status  VARCHAR(15)  NULL,
  ADD COLUMN dukcapil_status VARCHAR(15)  NOT NULL DEFAULT 'NIK_TERCATAT',
  ADD COLUMN status          VARCHAR(10)  NOT NULL DEFAULT 'AKTIF',
  ADD COLUMN status_date     DATE         NULL;

-- Persons counted in the statistics are the ones still living in the household.
CREATE OR REPLACE VIEW v_intake_household_stats AS
SELECT h.village_code          AS village_code,
       COUNT(DISTINCT h.id)    AS households,
       COUNT(p.id)             AS persons,
       COUNT(DISTINCT CASE WHEN h.female_headed THEN h.id END) AS female_headed_households
FROM household h
LEFT JOIN person p ON p.household_id = h.id AND p.status = 'AKTIF'
GROUP BY h.village_code;
