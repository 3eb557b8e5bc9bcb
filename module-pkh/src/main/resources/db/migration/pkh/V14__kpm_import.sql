-- Imports of a district's existing KPM list: one job per uploaded CSV file, and the rows it
-- refused with their reasons (message keys, shown in the reader's language).
CREATE TABLE pkh_kpm_import (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  file_name           VARCHAR(200) NOT NULL,
  status              VARCHAR(12)  NOT NULL,
  header              TEXT         NULL,
  rows_total          BIGINT       NOT NULL DEFAULT 0,
  rows_done           BIGINT       NOT NULL DEFAULT 0,
  rows_rejected       BIGINT       NOT NULL DEFAULT 0,
  kpm_added           BIGINT       NOT NULL DEFAULT 0,
  kpm_unchanged       BIGINT       NOT NULL DEFAULT 0,
  families_registered BIGINT       NOT NULL DEFAULT 0,
  failure_key         VARCHAR(100) NULL,
  failure_line        BIGINT       NULL,
  failure_argument    VARCHAR(500) NULL,
  created_at          DATETIME(6)  NOT NULL,
  created_by          VARCHAR(100) NOT NULL,
  started_at          DATETIME(6)  NULL,
  finished_at         DATETIME(6)  NULL,
  KEY pkh_kpm_import_created (created_at)
) ENGINE = InnoDB;

CREATE TABLE pkh_kpm_import_reject (
  id      BIGINT     NOT NULL AUTO_INCREMENT PRIMARY KEY,
  job_id  BIGINT     NOT NULL,
  line    BIGINT     NOT NULL,
  reasons TEXT       NOT NULL,
  raw     MEDIUMTEXT NOT NULL,
  CONSTRAINT pkh_kpm_import_reject_job_fk FOREIGN KEY (job_id) REFERENCES pkh_kpm_import (id),
  KEY pkh_kpm_import_reject_job (job_id, line)
) ENGINE = InnoDB;
