-- Verivali proposals: add / remove / correct a household in DTKS/DTSEN, reviewed, exported for
-- the SIKS-NG operator.
CREATE TABLE verivali_proposal (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  household_id BIGINT        NOT NULL,
  type         VARCHAR(10)   NOT NULL,
  reason       VARCHAR(1000) NOT NULL,
  musdes_date  DATE          NULL,
  notes        VARCHAR(2000) NULL,
  status       VARCHAR(15)   NOT NULL,
  review_note  VARCHAR(1000) NULL,
  proposed_at  DATETIME(6)   NOT NULL,
  proposed_by  VARCHAR(100)  NOT NULL,
  reviewed_at  DATETIME(6)   NULL,
  reviewed_by  VARCHAR(100)  NULL,
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT verivali_household_fk FOREIGN KEY (household_id) REFERENCES household (id),
  INDEX verivali_status (status, proposed_at)
) ENGINE = InnoDB;
