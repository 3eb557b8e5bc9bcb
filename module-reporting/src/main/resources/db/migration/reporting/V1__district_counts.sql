-- Reporting's read model of the district's totals, built on the views other modules publish.
CREATE VIEW v_reporting_district_counts AS
SELECT COALESCE(SUM(households), 0)               AS households,
       COALESCE(SUM(persons), 0)                  AS persons,
       COALESCE(SUM(female_headed_households), 0) AS female_headed_households
FROM v_intake_household_stats;
