-- Yearly graduation targets per facilitator, set by a PKH coordinator.
CREATE TABLE pkh_graduation_target (
  facilitator VARCHAR(100) NOT NULL,
  year        INT          NOT NULL,
  target      INT          NOT NULL,
  set_by      VARCHAR(100) NOT NULL,
  set_at      TIMESTAMP(3) NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (facilitator, year)
) ENGINE = InnoDB;
