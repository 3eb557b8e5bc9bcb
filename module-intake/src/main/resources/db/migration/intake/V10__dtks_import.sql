-- DTKS/DTSEN bulk imports: one job per uploaded file, and the rows it refused with their reasons.
CREATE TABLE import_job (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  file_name          VARCHAR(200) NOT NULL,
  status             VARCHAR(12)  NOT NULL,
  header             TEXT         NULL,
  bytes_total        BIGINT       NOT NULL,
  bytes_done         BIGINT       NOT NULL DEFAULT 0,
  rows_read          BIGINT       NOT NULL DEFAULT 0,
  rows_rejected      BIGINT       NOT NULL DEFAULT 0,
  persons_added      BIGINT       NOT NULL DEFAULT 0,
  persons_updated    BIGINT       NOT NULL DEFAULT 0,
  persons_unchanged  BIGINT       NOT NULL DEFAULT 0,
  households_added   BIGINT       NOT NULL DEFAULT 0,
  households_updated BIGINT       NOT NULL DEFAULT 0,
  welfare_added      BIGINT       NOT NULL DEFAULT 0,
  failure_key        VARCHAR(100) NULL,
  failure_line       BIGINT       NULL,
  failure_argument   VARCHAR(500) NULL,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  started_at         DATETIME(6)  NULL,
  finished_at        DATETIME(6)  NULL,
  INDEX import_job_created (created_at)
) ENGINE = InnoDB;

CREATE TABLE import_reject (
  id      BIGINT     NOT NULL AUTO_INCREMENT PRIMARY KEY,
  job_id  BIGINT     NOT NULL,
  line    BIGINT     NOT NULL,
  reasons TEXT       NOT NULL,
  raw     MEDIUMTEXT NOT NULL,
  CONSTRAINT import_reject_job_fk FOREIGN KEY (job_id) REFERENCES import_job (id),
  INDEX import_reject_job (job_id, line)
) ENGINE = InnoDB;
