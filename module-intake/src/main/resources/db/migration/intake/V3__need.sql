-- Needs and complaints (API.md /needs) and their history. A sealed need (violence) is never
-- shown, listed or counted for anyone but P2TP2A case managers: every read filters on `sealed`.
CREATE TABLE need (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id        BIGINT        NOT NULL,
  household_id     BIGINT        NOT NULL,
  category         VARCHAR(30)   NOT NULL,
  pmks             VARCHAR(60)   NULL,
  description      VARCHAR(2000) NULL,
  pregnant         BOOLEAN       NOT NULL DEFAULT FALSE,
  fast_track       BOOLEAN       NOT NULL DEFAULT FALSE,
  priority_reasons VARCHAR(100)  NULL,
  sealed           BOOLEAN       NOT NULL DEFAULT FALSE,
  status           VARCHAR(15)   NOT NULL,
  recorded_at      DATETIME(6)   NOT NULL,
  recorded_by      VARCHAR(100)  NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT need_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT need_household_fk FOREIGN KEY (household_id) REFERENCES household (id),
  INDEX need_queue (sealed, status, fast_track, recorded_at),
  INDEX need_person (person_id)
) ENGINE = InnoDB;

CREATE TABLE need_event (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  need_id     BIGINT        NOT NULL,
  from_status VARCHAR(15)   NULL,
  to_status   VARCHAR(15)   NOT NULL,
  note        VARCHAR(1000) NULL,
  at          DATETIME(6)   NOT NULL,
  by_user     VARCHAR(100)  NOT NULL,
  CONSTRAINT need_event_need_fk FOREIGN KEY (need_id) REFERENCES need (id)
) ENGINE = InnoDB;

-- Published for reporting: open needs by category, without sealed ones (counted apart, as a
-- number only, by the referral module's violence-case view).
CREATE VIEW v_intake_need_counts AS
SELECT category, status, fast_track, COUNT(*) AS needs
FROM need
WHERE sealed = FALSE
GROUP BY category, status, fast_track;
