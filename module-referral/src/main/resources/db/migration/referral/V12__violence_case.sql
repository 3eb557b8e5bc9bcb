-- P2TP2A's violence cases, sealed: read only by the case's assigned managers and the district's
-- P2TP2A heads (docs/security.md). The case's id never leaves P2TP2A; its public name is a random
-- reference (the recording officer's receipt), so no one can count cases from the numbers they see.
CREATE TABLE violence_case (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reference            CHAR(14)      NOT NULL,
  -- where a hand-over came from ('need:12', 'klik:34'): a hand-over delivered twice opens one case
  source               VARCHAR(40)   NULL,
  channel              VARCHAR(20)   NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  reported_on          DATE          NOT NULL,
  village_code         VARCHAR(13)   NULL,
  victim_person_id     BIGINT        NULL,
  victim_anonymous     BOOLEAN       NOT NULL DEFAULT FALSE,
  -- a victim P2TP2A knows by NIK and name who is not registered in intake (and is not registered
  -- there by P2TP2A, which would show her to the Puskesos)
  victim_nik           CHAR(16)      NULL,
  victim_name          VARCHAR(150)  NULL,
  victim_alias         VARCHAR(80)   NULL,
  victim_birth_date    DATE          NULL,
  victim_declared_child BOOLEAN      NOT NULL DEFAULT FALSE,
  victim_sex           CHAR(1)       NULL,
  guardian_name        VARCHAR(150)  NULL,
  guardian_relation    VARCHAR(80)   NULL,
  perpetrator_relation VARCHAR(30)   NULL,
  perpetrator_same_kk  BOOLEAN       NOT NULL DEFAULT FALSE,
  safe_contact         VARCHAR(300)  NULL,
  narrative            VARCHAR(8000) NULL,
  simfoni_number       VARCHAR(40)   NULL,
  opened_at            DATETIME(6)   NOT NULL,
  opened_by            VARCHAR(100)  NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT violence_case_reference UNIQUE (reference),
  CONSTRAINT violence_case_source UNIQUE (source),
  INDEX violence_case_status (status, reported_on)
) ENGINE = InnoDB;

CREATE TABLE violence_case_type (
  case_id BIGINT      NOT NULL,
  type    VARCHAR(20) NOT NULL,
  PRIMARY KEY (case_id, type),
  CONSTRAINT violence_case_type_fk FOREIGN KEY (case_id) REFERENCES violence_case (id)
) ENGINE = InnoDB;

-- the managers assigned to a case: they, and the P2TP2A heads, are the only ones who read it
CREATE TABLE violence_case_manager (
  case_id  BIGINT       NOT NULL,
  username VARCHAR(100) NOT NULL,
  PRIMARY KEY (case_id, username),
  CONSTRAINT violence_case_manager_fk FOREIGN KEY (case_id) REFERENCES violence_case (id),
  INDEX violence_case_manager_user (username, case_id)
) ENGINE = InnoDB;

-- the steps of the district's SOP done in a case, in order
CREATE TABLE violence_case_step (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id     BIGINT        NOT NULL,
  step_code   VARCHAR(40)   NOT NULL,
  phase       VARCHAR(20)   NOT NULL,
  done_on     DATE          NOT NULL,
  agency_code VARCHAR(40)   NULL,
  notes       VARCHAR(4000) NULL,
  referral_id BIGINT        NULL,
  recorded_at DATETIME(6)   NOT NULL,
  recorded_by VARCHAR(100)  NOT NULL,
  CONSTRAINT violence_case_step_fk FOREIGN KEY (case_id) REFERENCES violence_case (id),
  INDEX violence_case_step_case (case_id, id)
) ENGINE = InnoDB;

CREATE TABLE violence_case_consent (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id      BIGINT        NOT NULL,
  purpose      VARCHAR(30)   NOT NULL,
  recipient    VARCHAR(40)   NOT NULL,
  given_on     DATE          NOT NULL,
  expires_on   DATE          NOT NULL,
  given_by     VARCHAR(30)   NOT NULL,
  giver_name   VARCHAR(150)  NULL,
  reason       VARCHAR(2000) NULL,
  withdrawn_on DATE          NULL,
  recorded_at  DATETIME(6)   NOT NULL,
  recorded_by  VARCHAR(100)  NOT NULL,
  CONSTRAINT violence_case_consent_fk FOREIGN KEY (case_id) REFERENCES violence_case (id),
  INDEX violence_case_consent_case (case_id, id)
) ENGINE = InnoDB;

-- the district's SOP: its steps, in order, each with its phase; filled with SopStep.DEFAULTS the
-- first time it is read
CREATE TABLE violence_sop_step (
  code     VARCHAR(40)  NOT NULL PRIMARY KEY,
  name     VARCHAR(150) NOT NULL,
  phase    VARCHAR(20)  NOT NULL,
  position INT          NOT NULL,
  active   BOOLEAN      NOT NULL DEFAULT TRUE
) ENGINE = InnoDB;

-- the district's P2TP2A heads (named by the district admin among its case managers): they read
-- every case and assign the new hand-overs
CREATE TABLE violence_head (
  username VARCHAR(100) NOT NULL PRIMARY KEY,
  named_at DATETIME(6)  NOT NULL,
  named_by VARCHAR(100) NOT NULL
) ENGINE = InnoDB;

-- a district admin who broke the glass to read a case: who, when, and the written reason, shown to
-- the case's managers at once (the read itself is in the audit trail too)
CREATE TABLE violence_case_break_glass (
  id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id  BIGINT        NOT NULL,
  username VARCHAR(100)  NOT NULL,
  reason   VARCHAR(1000) NOT NULL,
  at       DATETIME(6)   NOT NULL,
  CONSTRAINT violence_case_break_glass_fk FOREIGN KEY (case_id) REFERENCES violence_case (id),
  INDEX violence_case_break_glass_at (at)
) ENGINE = InnoDB;
