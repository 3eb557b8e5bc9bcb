-- Dated welfare status snapshots (DTKS/DTSEN, desil): added, never updated.
CREATE TABLE welfare_status (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  household_id BIGINT       NOT NULL,
  register     VARCHAR(10)  NOT NULL,
  registered   BOOLEAN      NOT NULL,
  desil        TINYINT      NULL,
  source       VARCHAR(100) NULL,
  as_of        DATE         NOT NULL,
  recorded_at  DATETIME(6)  NOT NULL,
  recorded_by  VARCHAR(100) NOT NULL,
  CONSTRAINT welfare_status_household_fk FOREIGN KEY (household_id) REFERENCES household (id),
  CONSTRAINT welfare_status_desil CHECK (desil IS NULL OR (desil BETWEEN 1 AND 10 AND registered)),
  INDEX welfare_status_household (household_id, as_of)
) ENGINE = InnoDB;
