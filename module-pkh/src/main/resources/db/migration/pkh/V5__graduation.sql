-- Graduation proposals and the coordinators' decisions. open_kpm is unique while a proposal is
-- open, so a KPM never has two proposals waiting at once.
CREATE TABLE pkh_graduation (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kpm_id           BIGINT        NOT NULL,
  type             VARCHAR(20)   NOT NULL,
  status           VARCHAR(10)   NOT NULL,
  statement_letter BOOLEAN       NOT NULL,
  statement_date   DATE          NULL,
  business         VARCHAR(1000) NULL,
  training         VARCHAR(1000) NULL,
  notes            VARCHAR(1000) NULL,
  proposed_by      VARCHAR(100)  NOT NULL,
  proposed_at      DATETIME(6)   NOT NULL,
  decided_by       VARCHAR(100)  NULL,
  decided_at       DATETIME(6)   NULL,
  decision_note    VARCHAR(1000) NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  open_kpm         BIGINT AS (IF(status = 'DIUSULKAN', kpm_id, NULL)) STORED,
  UNIQUE KEY pkh_graduation_open (open_kpm),
  KEY pkh_graduation_kpm (kpm_id),
  KEY pkh_graduation_status (status, proposed_at),
  CONSTRAINT pkh_graduation_kpm_fk FOREIGN KEY (kpm_id) REFERENCES kpm (id)
) ENGINE = InnoDB;
