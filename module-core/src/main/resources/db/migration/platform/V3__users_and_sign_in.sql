-- Users without demo mode: several roles each, a place in the district (a unit such as a
-- Puskesos, a kecamatan, or an agency for MITRA_DINAS), one-time passwords, last sign-in, and a
-- token version that every bearer token and session carries: any change of roles, scope,
-- password or deactivation bumps it, so that older tokens and sessions stop working at once.

CREATE TABLE user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(40) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT user_role_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB;

INSERT INTO user_role (user_id, role) SELECT id, role FROM user_account;

ALTER TABLE user_account
  DROP COLUMN role,
  ADD COLUMN unit_code            VARCHAR(40)  NULL AFTER provider_code,
  ADD COLUMN kecamatan_code       VARCHAR(8)   NULL AFTER unit_code,
  ADD COLUMN must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN token_version        INT          NOT NULL DEFAULT 0,
  ADD COLUMN version              INT          NOT NULL DEFAULT 0,
  ADD COLUMN password_changed_at  DATETIME(3)  NULL,
  ADD COLUMN last_sign_in_at      DATETIME(3)  NULL,
  ADD COLUMN deactivated_at       DATETIME(3)  NULL,
  ADD COLUMN updated_at           DATETIME(3)  NULL,
  ADD COLUMN created_by           VARCHAR(100) NULL;

-- Failed sign-ins per username and per address, for throttling (kind USER or ADDRESS). A row is
-- removed by a successful sign-in of that username; rows of addresses expire by age.
CREATE TABLE sign_in_failure (
  kind          VARCHAR(10)  NOT NULL,
  subject       VARCHAR(100) NOT NULL,
  failures      INT          NOT NULL,
  last_failure  DATETIME(3)  NOT NULL,
  blocked_until DATETIME(3)  NULL,
  PRIMARY KEY (kind, subject)
) ENGINE = InnoDB;
