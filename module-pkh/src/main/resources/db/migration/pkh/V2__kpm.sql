-- PKH families (KPM) and the facilitators' groups.
CREATE TABLE pkh_group (
  code        VARCHAR(40)  NOT NULL PRIMARY KEY,
  facilitator VARCHAR(100) NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  KEY pkh_group_facilitator (facilitator)
) ENGINE = InnoDB;

CREATE TABLE kpm (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  participant_number  CHAR(15)     NOT NULL,
  start_year          INT          NOT NULL,
  household_id        BIGINT       NOT NULL,
  recipient_person_id BIGINT       NOT NULL,
  village_code        VARCHAR(13)  NOT NULL,
  group_code          VARCHAR(40)  NOT NULL,
  status              VARCHAR(10)  NOT NULL,
  graduation_type     VARCHAR(20)  NULL,
  ended_on            DATE         NULL,
  end_note            VARCHAR(500) NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY kpm_participant_number (participant_number),
  KEY kpm_group (group_code, status),
  KEY kpm_village (village_code, status),
  KEY kpm_household (household_id),
  CONSTRAINT kpm_group_fk FOREIGN KEY (group_code) REFERENCES pkh_group (code)
) ENGINE = InnoDB;

CREATE TABLE kpm_component (
  kpm_id     BIGINT      NOT NULL,
  person_id  BIGINT      NULL,
  component  VARCHAR(20) NOT NULL,
  from_date  DATE        NOT NULL,
  to_date    DATE        NULL,
  KEY kpm_component_kpm (kpm_id),
  CONSTRAINT kpm_component_fk FOREIGN KEY (kpm_id) REFERENCES kpm (id) ON DELETE CASCADE
) ENGINE = InnoDB;
