-- Leases of background jobs: a job that must not run on two servers at once (the referral
-- escalation pass) takes its lease here before it works, and lets it go when done. A lease whose
-- holder died runs out on its own.
CREATE TABLE job_lease (
  name   VARCHAR(60)  NOT NULL PRIMARY KEY,
  holder VARCHAR(120) NOT NULL,
  until  DATETIME(6)  NOT NULL
) ENGINE = InnoDB;
