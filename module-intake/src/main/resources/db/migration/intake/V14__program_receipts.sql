-- Programs a family or a member already receives or received, dated: PKH, BPNT/Sembako, KIS/PBI
-- (active or not), KIP, RTLH, KUBE. Only added; the family page and the referral and PKH modules
-- read them.
CREATE TABLE program_receipt (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  household_id BIGINT       NOT NULL,
  person_id    BIGINT       NULL,
  program      VARCHAR(10)  NOT NULL,
  since        DATE         NOT NULL,
  until        DATE         NULL,
  active       BOOLEAN      NOT NULL,
  note         VARCHAR(200) NULL,
  recorded_at  DATETIME(6)  NOT NULL,
  recorded_by  VARCHAR(100) NOT NULL,
  INDEX program_receipt_household (household_id, program),
  INDEX program_receipt_person (person_id),
  CONSTRAINT program_receipt_household_fk FOREIGN KEY (household_id) REFERENCES household (id),
  CONSTRAINT program_receipt_person_fk FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB;
