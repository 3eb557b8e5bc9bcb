-- KLIK events (one-day clinics in a village), their desks and consultations.
CREATE TABLE klik_event (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  village_code     VARCHAR(13)  NOT NULL,
  held_on          DATE         NOT NULL,
  organizer        VARCHAR(100) NOT NULL,
  desks            VARCHAR(300) NOT NULL,
  last_queue_no    INT          NOT NULL DEFAULT 0,
  last_priority_no INT          NOT NULL DEFAULT 0,
  created_at       DATETIME(6)  NOT NULL,
  created_by       VARCHAR(100) NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT klik_event_village_fk FOREIGN KEY (village_code) REFERENCES region (code),
  INDEX klik_event_held_on (held_on)
) ENGINE = InnoDB;

CREATE TABLE klik_consultation (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id       BIGINT       NOT NULL,
  desk           VARCHAR(30)  NOT NULL,
  sex            CHAR(1)      NOT NULL,
  nik            CHAR(16)     NULL,
  person_id      BIGINT       NULL,
  topic          VARCHAR(500) NULL,
  priority       BOOLEAN      NOT NULL DEFAULT FALSE,
  queue_no       INT          NOT NULL,
  follow_up      BOOLEAN      NOT NULL DEFAULT FALSE,
  follow_up_note VARCHAR(500) NULL,
  followed_up    BOOLEAN      NOT NULL DEFAULT FALSE,
  recorded_at    DATETIME(6)  NOT NULL,
  recorded_by    VARCHAR(100) NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT klik_consultation_event_fk FOREIGN KEY (event_id) REFERENCES klik_event (id),
  CONSTRAINT klik_consultation_queue UNIQUE (event_id, priority, queue_no),
  INDEX klik_consultation_desk (event_id, desk)
) ENGINE = InnoDB;

-- Published for reporting: consultations per event, desk and sex (counts only).
CREATE VIEW v_intake_klik_counts AS
SELECT e.id AS event_id, e.village_code, e.held_on, c.desk, c.sex, COUNT(c.id) AS consultations
FROM klik_event e
JOIN klik_consultation c ON c.event_id = e.id
GROUP BY e.id, e.village_code, e.held_on, c.desk, c.sex;
