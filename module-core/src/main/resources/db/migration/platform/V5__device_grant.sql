-- Device sign-ins: a phone that works offline for days (a PKH facilitator's) keeps a device token
-- to get a new bearer token when it is back online, without asking for the password and without
-- losing what it queued. Only the token's SHA-256 is kept. A grant ends at its expiry, when it is
-- revoked (sign-out), and when the account's token version moves (password, roles, deactivation).
CREATE TABLE device_grant (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash    CHAR(64)     NOT NULL,
  user_id       BIGINT       NOT NULL,
  token_version INT          NOT NULL,
  label         VARCHAR(100) NULL,
  created_at    DATETIME(3)  NOT NULL,
  expires_at    DATETIME(3)  NOT NULL,
  last_used_at  DATETIME(3)  NULL,
  revoked_at    DATETIME(3)  NULL,
  UNIQUE KEY device_grant_token (token_hash),
  KEY device_grant_user (user_id),
  CONSTRAINT device_grant_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id)
    ON DELETE CASCADE
) ENGINE = InnoDB;
