-- The district's referral list is read the oldest due first: with this index the first pages are
-- read in order instead of sorting every referral of the district (./slrt bench referrals).
CREATE INDEX referral_due ON referral (due_date, id);
