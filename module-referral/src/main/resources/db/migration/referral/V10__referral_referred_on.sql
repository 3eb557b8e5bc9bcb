-- A paper referral recorded later (a Puskesos without a connection refers on paper): the day it
-- was made, from which it is due; null when it was recorded the day it was made.
ALTER TABLE referral ADD COLUMN referred_on DATE NULL AFTER referred_by;
