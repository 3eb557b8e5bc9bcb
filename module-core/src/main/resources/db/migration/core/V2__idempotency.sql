-- Responses to writes sent with an Idempotency-Key (API.md): a retry with the same key and body
-- gets the first answer again and writes nothing. Keys belong to the caller; kept for 24 hours.
CREATE TABLE idempotency_record (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username     VARCHAR(100) NOT NULL,
  idem_key     VARCHAR(200) NOT NULL,
  request_hash CHAR(64)     NOT NULL,
  status       SMALLINT     NOT NULL,
  location     VARCHAR(1000) NULL,
  etag         VARCHAR(200) NULL,
  body         MEDIUMTEXT   NULL,
  created_at   TIMESTAMP(6) NOT NULL,
  CONSTRAINT idempotency_record_key UNIQUE (username, idem_key),
  INDEX idempotency_record_created (created_at)
) ENGINE = InnoDB;
