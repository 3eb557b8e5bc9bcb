-- Where the person is reached for this referral when not at the family's address (a relative, a
-- shelter, a work place): the referral then shows this contact instead of the household's address
-- and number, to the agency, on the letter and on every list.
ALTER TABLE referral ADD COLUMN contact VARCHAR(300) NULL AFTER reason;
