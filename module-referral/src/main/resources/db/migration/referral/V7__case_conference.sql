-- Case conferences (rapat koordinasi): the agencies present, the referrals discussed, the
-- decisions, and follow-up actions (RTL) each with an owner and a due date, open in the owner's
-- list until done.
CREATE TABLE case_conference (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  held_on     DATE          NOT NULL,
  place       VARCHAR(150)  NOT NULL,
  topic       VARCHAR(200)  NOT NULL,
  decisions   VARCHAR(4000) NOT NULL,
  region_code VARCHAR(13)   NULL,
  recorded_at DATETIME(6)   NOT NULL,
  recorded_by VARCHAR(100)  NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  INDEX case_conference_held (held_on)
) ENGINE = InnoDB;

CREATE TABLE case_conference_agency (
  conference_id BIGINT      NOT NULL,
  provider_code VARCHAR(40) NOT NULL,
  PRIMARY KEY (conference_id, provider_code),
  CONSTRAINT case_conference_agency_fk FOREIGN KEY (conference_id) REFERENCES case_conference (id)
) ENGINE = InnoDB;

CREATE TABLE case_conference_referral (
  conference_id BIGINT NOT NULL,
  referral_id   BIGINT NOT NULL,
  PRIMARY KEY (conference_id, referral_id),
  CONSTRAINT case_conference_referral_fk FOREIGN KEY (conference_id) REFERENCES case_conference (id),
  CONSTRAINT case_conference_referral_ref FOREIGN KEY (referral_id) REFERENCES referral (id),
  INDEX case_conference_referral_by (referral_id)
) ENGINE = InnoDB;

CREATE TABLE follow_up (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  conference_id BIGINT        NOT NULL,
  action        VARCHAR(500)  NOT NULL,
  owner         VARCHAR(100)  NOT NULL,
  due_date      DATE          NOT NULL,
  done_at       DATETIME(6)   NULL,
  done_by       VARCHAR(100)  NULL,
  done_note     VARCHAR(1000) NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT follow_up_conference_fk FOREIGN KEY (conference_id) REFERENCES case_conference (id),
  INDEX follow_up_owner_open (owner, done_at, due_date)
) ENGINE = InnoDB;
