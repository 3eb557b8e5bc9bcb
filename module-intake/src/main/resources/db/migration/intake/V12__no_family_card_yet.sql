-- Families without a family card of their own yet (an unregistered marriage, living on relatives'
-- cards) are registered with a provisional number in place of the No. KK: "00" and 14 digits from
-- provisional_kk, which no real No. KK can be (no province has code 00), and kk_status BELUM_ADA
-- until the real number is given. A phone or WhatsApp number and the dusun, for follow-up.
CREATE TABLE provisional_kk (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY
) ENGINE = InnoDB;

ALTER TABLE household
  ADD COLUMN kk_status VARCHAR(10) NOT NULL DEFAULT 'ADA' AFTER kk,
  ADD COLUMN dusun     VARCHAR(60) NULL AFTER rw,
  ADD COLUMN phone     VARCHAR(20) NULL;
