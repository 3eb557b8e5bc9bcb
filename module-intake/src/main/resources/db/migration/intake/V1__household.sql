-- Households (family cards) and their members. A NIK belongs to one household at a time.
CREATE TABLE household (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kk            CHAR(16)     NOT NULL,
  village_code  VARCHAR(13)  NOT NULL,
  rt            CHAR(3)      NULL,
  rw            CHAR(3)      NULL,
  street        VARCHAR(200) NULL,
  female_headed BOOLEAN      NOT NULL DEFAULT FALSE,
  registered_at DATETIME(6)  NOT NULL,
  registered_by VARCHAR(100) NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT household_kk UNIQUE (kk),
  CONSTRAINT household_village_fk FOREIGN KEY (village_code) REFERENCES region (code),
  INDEX household_village (village_code)
) ENGINE = InnoDB;

CREATE TABLE person (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  household_id BIGINT       NOT NULL,
  nik          CHAR(16)     NOT NULL,
  name         VARCHAR(100) NOT NULL,
  sex          CHAR(1)      NOT NULL,
  birth_date   DATE         NOT NULL,
  relationship VARCHAR(20)  NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT person_nik UNIQUE (nik),
  CONSTRAINT person_household_fk FOREIGN KEY (household_id) REFERENCES household (id),
  INDEX person_name (name)
) ENGINE = InnoDB;

-- Published for the reporting module, which reads intake only through views.
CREATE VIEW v_intake_household_stats AS
SELECT h.village_code          AS village_code,
       COUNT(DISTINCT h.id)    AS households,
       COUNT(p.id)             AS persons,
       COUNT(DISTINCT CASE WHEN h.female_headed THEN h.id END) AS female_headed_households
FROM household h
LEFT JOIN person p ON p.household_id = h.id
GROUP BY h.village_code;
