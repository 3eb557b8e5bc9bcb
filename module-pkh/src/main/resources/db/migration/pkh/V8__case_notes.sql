-- A facilitator's cases about KPM: the people involved, dated actions, the outcome, a referral.
CREATE TABLE pkh_case_note (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kpm_id      BIGINT        NOT NULL,
  person_id   BIGINT        NULL,
  subject     VARCHAR(200)  NOT NULL,
  found_on    DATE          NOT NULL,
  description VARCHAR(1000) NULL,
  outcome     VARCHAR(1000) NULL,
  closed_on   DATE          NULL,
  referral_id BIGINT        NULL,
  created_by  VARCHAR(100)  NOT NULL,
  created_at  TIMESTAMP(3)  NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  KEY pkh_case_note_kpm (kpm_id),
  CONSTRAINT pkh_case_note_kpm_fk FOREIGN KEY (kpm_id) REFERENCES kpm (id)
) ENGINE = InnoDB;

CREATE TABLE pkh_case_person (
  case_id  BIGINT       NOT NULL,
  position INT          NOT NULL,
  name     VARCHAR(100) NOT NULL,
  role     VARCHAR(100) NOT NULL,
  PRIMARY KEY (case_id, position),
  CONSTRAINT pkh_case_person_fk FOREIGN KEY (case_id) REFERENCES pkh_case_note (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE pkh_case_action (
  case_id     BIGINT        NOT NULL,
  position    INT           NOT NULL,
  done_on     DATE          NOT NULL,
  type        VARCHAR(20)   NOT NULL,
  note        VARCHAR(1000) NOT NULL,
  recorded_by VARCHAR(100)  NOT NULL,
  PRIMARY KEY (case_id, position),
  CONSTRAINT pkh_case_action_fk FOREIGN KEY (case_id) REFERENCES pkh_case_note (id) ON DELETE CASCADE
) ENGINE = InnoDB;
