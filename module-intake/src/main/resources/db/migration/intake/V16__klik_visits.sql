-- The KLIK day as it runs: visitors registered on arrival with their queue number, consultations
-- hanging on a visit (a visitor counted once), the identity desk's documents and result, the
-- organiser's type and the agencies present, the time a paper form says the visitor was served.
-- The violence desk takes no number from a line others see: its queue_no is empty.
ALTER TABLE klik_event
  ADD COLUMN organizer_type VARCHAR(15)  NULL AFTER organizer,
  ADD COLUMN agencies       VARCHAR(500) NULL AFTER organizer_type;

CREATE TABLE klik_visit (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id    BIGINT       NOT NULL,
  queue_no    INT          NOT NULL,
  priority    BOOLEAN      NOT NULL,
  name        VARCHAR(100) NULL,
  sex         CHAR(1)      NOT NULL,
  age_band    VARCHAR(10)  NULL,
  dusun       VARCHAR(60)  NULL,
  phone       VARCHAR(20)  NULL,
  nik         CHAR(16)     NULL,
  person_id   BIGINT       NULL,
  served_at   DATETIME(6)  NOT NULL,
  recorded_at DATETIME(6)  NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT klik_visit_event_fk FOREIGN KEY (event_id) REFERENCES klik_event (id),
  CONSTRAINT klik_visit_queue UNIQUE (event_id, priority, queue_no)
) ENGINE = InnoDB;

ALTER TABLE klik_consultation
  DROP INDEX klik_consultation_queue,
  MODIFY COLUMN queue_no INT NULL,
  ADD COLUMN visit_id    BIGINT       NULL AFTER event_id,
  ADD COLUMN documents   VARCHAR(200) NULL,
  ADD COLUMN desk_result VARCHAR(20)  NULL,
  ADD COLUMN served_at   DATETIME(6)  NULL,
  ADD CONSTRAINT klik_consultation_visit_fk FOREIGN KEY (visit_id) REFERENCES klik_visit (id),
  ADD INDEX klik_consultation_queue_no (event_id, priority, queue_no);
