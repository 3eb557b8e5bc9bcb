-- P2K2 conditionality: the district's rule, the warnings given to families, why a membership ended.
CREATE TABLE pkh_conditionality_rule (
  id                  BIGINT  NOT NULL PRIMARY KEY,
  period_months       INT     NOT NULL,
  minimum_percent     INT     NOT NULL,
  flag_after_periods  INT     NOT NULL,
  forced_exit_allowed BOOLEAN NOT NULL,
  version             BIGINT  NOT NULL DEFAULT 0
) ENGINE = InnoDB;

INSERT INTO pkh_conditionality_rule VALUES (1, 3, 75, 2, TRUE, 0);

CREATE TABLE kpm_warning (
  kpm_id      BIGINT       NOT NULL,
  level       VARCHAR(10)  NOT NULL,
  period_from DATE         NOT NULL,
  period_to   DATE         NOT NULL,
  issued_on   DATE         NOT NULL,
  issued_by   VARCHAR(100) NOT NULL,
  note        VARCHAR(500) NULL,
  UNIQUE KEY kpm_warning_level (kpm_id, level),
  CONSTRAINT kpm_warning_fk FOREIGN KEY (kpm_id) REFERENCES kpm (id) ON DELETE CASCADE
) ENGINE = InnoDB;

ALTER TABLE kpm ADD COLUMN exit_reason VARCHAR(30) NULL AFTER ended_on;
