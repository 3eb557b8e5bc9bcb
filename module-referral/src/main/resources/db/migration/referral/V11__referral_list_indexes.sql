-- The lists read a page's ids from an index alone, in the list's order (oldest due first), then
-- those rows (./slrt bench referrals, 200,000 referrals): the district's and the overdue list
-- over (due_date, id) with the status and village to filter on, an agency's inbox over its own.
DROP INDEX referral_due ON referral;
CREATE INDEX referral_due ON referral (due_date, id, status, village_code);
CREATE INDEX referral_provider_due ON referral (provider_code, due_date, id, status);
