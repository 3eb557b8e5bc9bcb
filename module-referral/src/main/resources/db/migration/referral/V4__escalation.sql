-- An overdue referral raised along the district's chain: the Puskesos (step 1), the kecamatan
-- supervisor (2), the district admin (3). One row per referral and step, written by the escalation
-- pass; the unique key makes a step happen once however many passes run, on however many servers.
CREATE TABLE referral_escalation (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  referral_id  BIGINT       NOT NULL,
  step         TINYINT      NOT NULL,
  village_code VARCHAR(13)  NOT NULL,
  due_date     DATE         NOT NULL,
  raised_on    DATE         NOT NULL,
  raised_at    DATETIME(6)  NOT NULL,
  raised_by    VARCHAR(100) NOT NULL,
  CONSTRAINT referral_escalation_referral_fk FOREIGN KEY (referral_id) REFERENCES referral (id),
  CONSTRAINT referral_escalation_once UNIQUE (referral_id, step),
  INDEX referral_escalation_place (step, village_code)
) ENGINE = InnoDB;
