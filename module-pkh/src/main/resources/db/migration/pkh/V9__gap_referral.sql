-- Referrals made for a KPM's complementarity gaps (a program the family or a member lacks).
CREATE TABLE pkh_gap_referral (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kpm_id      BIGINT       NOT NULL,
  program     VARCHAR(20)  NOT NULL,
  person_id   BIGINT       NOT NULL,
  referral_id BIGINT       NOT NULL,
  referred_by VARCHAR(100) NOT NULL,
  referred_at TIMESTAMP(3) NOT NULL,
  KEY pkh_gap_referral_kpm (kpm_id, program, person_id),
  CONSTRAINT pkh_gap_referral_kpm_fk FOREIGN KEY (kpm_id) REFERENCES kpm (id)
) ENGINE = InnoDB;
