-- A person belongs to one family card at a time; moving to another is an explicit action, kept.
CREATE TABLE person_move (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id         BIGINT       NOT NULL,
  from_household_id BIGINT       NOT NULL,
  to_household_id   BIGINT       NOT NULL,
  from_relationship VARCHAR(20)  NOT NULL,
  to_relationship   VARCHAR(20)  NOT NULL,
  reason            VARCHAR(500) NOT NULL,
  moved_at          DATETIME(6)  NOT NULL,
  moved_by          VARCHAR(100) NOT NULL,
  CONSTRAINT person_move_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT person_move_from_fk FOREIGN KEY (from_household_id) REFERENCES household (id),
  CONSTRAINT person_move_to_fk FOREIGN KEY (to_household_id) REFERENCES household (id),
  INDEX person_move_person (person_id)
) ENGINE = InnoDB;
