-- P2K2 sessions as facilitators' phones log them. The phone's id is unique, so a log sent twice is
-- stored once; counted_key is unique while a log counts (TERCATAT), so two different logs of one
-- group, module and session never both count, even when two phones send them at the same moment.
CREATE TABLE p2k2_session_log (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  client_id   VARCHAR(36)   NOT NULL,
  group_code  VARCHAR(40)   NOT NULL,
  module_code VARCHAR(20)   NOT NULL,
  session_no  INT           NOT NULL,
  held_on     DATE          NOT NULL,
  place       VARCHAR(200)  NULL,
  notes       VARCHAR(2000) NULL,
  state       VARCHAR(12)   NOT NULL,
  conflict_of BIGINT        NULL,
  logged_by   VARCHAR(100)  NOT NULL,
  logged_at   DATETIME(6)   NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  counted_key VARCHAR(80) AS
    (IF(state = 'TERCATAT', CONCAT(group_code, '|', module_code, '|', session_no), NULL)) STORED,
  UNIQUE KEY p2k2_session_log_client (client_id),
  UNIQUE KEY p2k2_session_log_counted (counted_key),
  KEY p2k2_session_log_group (group_code, held_on),
  CONSTRAINT p2k2_session_log_group_fk FOREIGN KEY (group_code) REFERENCES pkh_group (code)
) ENGINE = InnoDB;

CREATE TABLE p2k2_attendance (
  log_id BIGINT      NOT NULL,
  kpm_id BIGINT      NOT NULL,
  status VARCHAR(12) NOT NULL,
  PRIMARY KEY (log_id, kpm_id),
  KEY p2k2_attendance_kpm (kpm_id),
  CONSTRAINT p2k2_attendance_log FOREIGN KEY (log_id) REFERENCES p2k2_session_log (id)
    ON DELETE CASCADE,
  CONSTRAINT p2k2_attendance_kpm_fk FOREIGN KEY (kpm_id) REFERENCES kpm (id)
) ENGINE = InnoDB;
