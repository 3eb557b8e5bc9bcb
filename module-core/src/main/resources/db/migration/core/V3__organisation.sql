-- The district's organisation: its units (the SLRT secretariat at Dinas Sosial, a Puskesos per
-- desa or kelurahan, kecamatan supervision by TKSK) and the agencies (providers) that take part in
-- the referral system, each with its legal basis. Seeded from config/seed when the district is
-- provisioned, then kept by the district admin. Referral services and inboxes hang on provider ids.
CREATE TABLE org_unit (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code           VARCHAR(40)  NOT NULL,
  name           VARCHAR(150) NOT NULL,
  kind           VARCHAR(20)  NOT NULL,
  village_code   VARCHAR(13)  NULL,
  kecamatan_code VARCHAR(8)   NULL,
  sk_number      VARCHAR(100) NULL,
  sk_date        DATE         NULL,
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  version        INT          NOT NULL DEFAULT 0,
  updated_at     DATETIME(3)  NOT NULL,
  CONSTRAINT org_unit_code UNIQUE (code),
  INDEX org_unit_village (village_code)
) ENGINE = InnoDB;

CREATE TABLE provider (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code             VARCHAR(40)  NOT NULL,
  name             VARCHAR(200) NOT NULL,
  kind             VARCHAR(20)  NOT NULL,
  category         VARCHAR(30)  NOT NULL,
  perbup_article   VARCHAR(200) NULL,
  agreement_number VARCHAR(100) NULL,
  valid_from       DATE         NULL,
  valid_until      DATE         NULL,
  data_allowed     VARCHAR(1000) NULL,
  active           BOOLEAN      NOT NULL DEFAULT TRUE,
  version          INT          NOT NULL DEFAULT 0,
  updated_at       DATETIME(3)  NOT NULL,
  CONSTRAINT provider_code UNIQUE (code)
) ENGINE = InnoDB;
