-- Disclosures of violence on their way to P2TP2A's case file: written in the transaction that
-- records them, handed over after it commits, deleted once the case is opened (the narrative then
-- lives only in the case). A failed hand-over stays and is tried again, less and less often.
CREATE TABLE intake_violence_outbox (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reference       CHAR(14)      NOT NULL,
  source          VARCHAR(40)   NOT NULL,
  channel         VARCHAR(20)   NOT NULL,
  person_id       BIGINT        NULL,
  sex             CHAR(1)       NULL,
  village_code    VARCHAR(13)   NULL,
  reported_on     DATE          NOT NULL,
  narrative       VARCHAR(8000) NULL,
  recorded_by     VARCHAR(100)  NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  next_attempt_at DATETIME(6)   NOT NULL,
  attempts        INT           NOT NULL DEFAULT 0,
  CONSTRAINT intake_violence_outbox_source UNIQUE (source),
  INDEX intake_violence_outbox_due (next_attempt_at)
) ENGINE = InnoDB;
