-- Follow-ups of graduated families, 6 and 12 months after they left PKH.
CREATE TABLE kpm_follow_up (
  kpm_id       BIGINT        NOT NULL,
  round_months INT           NOT NULL,
  done_on      DATE          NOT NULL,
  outcome      VARCHAR(10)   NOT NULL,
  note         VARCHAR(1000) NULL,
  recorded_by  VARCHAR(100)  NOT NULL,
  referral_id  BIGINT        NULL,
  PRIMARY KEY (kpm_id, round_months),
  CONSTRAINT kpm_follow_up_fk FOREIGN KEY (kpm_id) REFERENCES kpm (id) ON DELETE CASCADE
) ENGINE = InnoDB;
