-- slrt_platform: what belongs to no single district.
-- Instants are stored in UTC (the connection's time zone is UTC).

CREATE TABLE region (
  code        VARCHAR(13)  NOT NULL PRIMARY KEY,
  parent_code VARCHAR(10)  NULL,
  level       VARCHAR(10)  NOT NULL,
  name        VARCHAR(100) NOT NULL,
  source      VARCHAR(40)  NOT NULL,
  INDEX region_parent (parent_code)
) ENGINE = InnoDB;

CREATE TABLE tenant (
  slug         VARCHAR(30)  NOT NULL PRIMARY KEY,
  regency_code VARCHAR(5)   NOT NULL,
  name         VARCHAR(100) NOT NULL,
  schema_name  VARCHAR(64)  NOT NULL,
  jndi_name    VARCHAR(100) NOT NULL,
  db_url       VARCHAR(500) NULL,
  db_user      VARCHAR(100) NULL,
  time_zone    VARCHAR(40)  NOT NULL,
  active       BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at   DATETIME(3)  NOT NULL,
  CONSTRAINT tenant_regency UNIQUE (regency_code),
  CONSTRAINT tenant_regency_fk FOREIGN KEY (regency_code) REFERENCES region (code)
) ENGINE = InnoDB;

CREATE TABLE user_account (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(100) NOT NULL,
  password_hash VARCHAR(400) NOT NULL,
  role          VARCHAR(40)  NOT NULL,
  tenant_slug   VARCHAR(30)  NULL,
  provider_code VARCHAR(40)  NULL,
  display_name  VARCHAR(150) NOT NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  demo          BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at    DATETIME(3)  NOT NULL,
  CONSTRAINT user_account_username UNIQUE (username),
  CONSTRAINT user_account_tenant_fk FOREIGN KEY (tenant_slug) REFERENCES tenant (slug)
) ENGINE = InnoDB;

-- RSA key pair that signs the API's bearer tokens; kept here so that every server instance
-- verifies the same tokens.
CREATE TABLE signing_key (
  kid         VARCHAR(64) NOT NULL PRIMARY KEY,
  private_key TEXT        NOT NULL,
  public_key  TEXT        NOT NULL,
  created_at  DATETIME(3) NOT NULL
) ENGINE = InnoDB;
