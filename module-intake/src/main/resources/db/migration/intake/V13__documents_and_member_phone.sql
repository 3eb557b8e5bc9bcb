-- The civil documents each person holds (birth certificate, KTP-el, KIA, marriage book, divorce
-- certificate), so that the identity desk and referrals see what is missing; and a phone or
-- WhatsApp number per person for follow-up.
CREATE TABLE person_document (
  person_id BIGINT      NOT NULL,
  document  VARCHAR(20) NOT NULL,
  PRIMARY KEY (person_id, document),
  CONSTRAINT person_document_person_fk FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB;

ALTER TABLE person ADD COLUMN phone VARCHAR(20) NULL;
