-- The referral letter (surat rujukan): the district's letterhead and numbering, who signs for
-- each unit, the letters issued with their number and verification key, and the year's counter
-- the numbers come from.

-- One row: the district's letterhead, its numbering pattern and whether a letter needs a
-- recommendation by the back office and a decision by the signatory before it can be printed.
-- Absent until the district admin saves it: defaults are worked out from the district's name.
CREATE TABLE letter_setting (
  id                INT          NOT NULL PRIMARY KEY,
  authority         VARCHAR(150) NOT NULL,
  office            VARCHAR(150) NOT NULL,
  address           VARCHAR(300) NULL,
  place             VARCHAR(80)  NOT NULL,
  number_pattern    VARCHAR(80)  NOT NULL,
  approval_required BOOLEAN      NOT NULL DEFAULT FALSE,
  version           BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT letter_setting_one CHECK (id = 1)
) ENGINE = InnoDB;

-- Who signs the letters of a unit (by org_unit code): a Puskesos's manager, or for the
-- secretariat the head of the division; a user of the district, who also decides when the
-- district asks for a decision.
CREATE TABLE letter_signatory (
  unit_code VARCHAR(40)  NOT NULL PRIMARY KEY,
  username  VARCHAR(100) NOT NULL,
  name      VARCHAR(150) NOT NULL,
  title     VARCHAR(150) NOT NULL,
  nip       VARCHAR(18)  NULL,
  version   BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB;

-- A referral's letter: recommended (when the district asks for a decision), refused, or issued
-- with its number and signatory. The key is what the QR code carries to the verification page.
CREATE TABLE referral_letter (
  referral_id     BIGINT       NOT NULL PRIMARY KEY,
  status          VARCHAR(20)  NOT NULL,
  unit_code       VARCHAR(40)  NOT NULL,
  recommended_by  VARCHAR(100) NULL,
  recommended_at  DATETIME(6)  NULL,
  recommendation  VARCHAR(1000) NULL,
  decided_by      VARCHAR(100) NULL,
  decided_at      DATETIME(6)  NULL,
  decision_note   VARCHAR(1000) NULL,
  number          VARCHAR(80)  NULL,
  letter_year     SMALLINT     NULL,
  letter_seq      INT          NULL,
  issued_on       DATE         NULL,
  issued_at       DATETIME(6)  NULL,
  issued_by       VARCHAR(100) NULL,
  signatory_name  VARCHAR(150) NULL,
  signatory_title VARCHAR(150) NULL,
  signatory_nip   VARCHAR(18)  NULL,
  verify_key      CHAR(26)     NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT referral_letter_referral_fk FOREIGN KEY (referral_id) REFERENCES referral (id),
  CONSTRAINT referral_letter_number UNIQUE (letter_year, letter_seq),
  CONSTRAINT referral_letter_key UNIQUE (verify_key)
) ENGINE = InnoDB;

-- The last number given in a year: taken under the row's lock in the issuing transaction, so the
-- numbers have no gaps and no repeats.
CREATE TABLE letter_counter (
  letter_year SMALLINT NOT NULL PRIMARY KEY,
  last_no     INT      NOT NULL
) ENGINE = InnoDB;
