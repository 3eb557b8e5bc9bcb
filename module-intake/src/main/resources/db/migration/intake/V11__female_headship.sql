-- A woman who heads her family in fact, whatever the family card says: why (female_head_reason)
-- and, when the card names someone else as head (her late or absent husband), which member she
-- is (person.heads_family). Membership of Serikat PEKKA is a fact of its own (pekka_member);
-- families recorded female-headed before keep that, with no reason and no PEKKA membership known.
ALTER TABLE household
  ADD COLUMN female_head_reason VARCHAR(20) NULL AFTER female_headed,
  ADD COLUMN pekka_member       BOOLEAN     NOT NULL DEFAULT FALSE AFTER female_head_reason;

ALTER TABLE person
  ADD COLUMN heads_family BOOLEAN NOT NULL DEFAULT FALSE;
