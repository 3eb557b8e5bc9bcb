-- The photo of a session's signed attendance sheet, taken on the facilitator's phone.
CREATE TABLE p2k2_sheet_photo (
  log_id       BIGINT       NOT NULL PRIMARY KEY,
  content_type VARCHAR(20)  NOT NULL,
  size_bytes   INT          NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  data         MEDIUMBLOB   NOT NULL,
  uploaded_by  VARCHAR(100) NOT NULL,
  uploaded_at  TIMESTAMP(3) NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT p2k2_sheet_photo_log FOREIGN KEY (log_id) REFERENCES p2k2_session_log (id)
) ENGINE = InnoDB;
