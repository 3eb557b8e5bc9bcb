-- Monitoring of P2K2 quality (monev): the district's instrument, coordinators' assessments of
-- logged sessions, and the coaching of facilitators.
CREATE TABLE pkh_quality_instrument (
  id      BIGINT NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0
) ENGINE = InnoDB;

CREATE TABLE pkh_quality_criterion (
  instrument_id BIGINT       NOT NULL,
  position      INT          NOT NULL,
  text          VARCHAR(200) NOT NULL,
  max_score     INT          NOT NULL,
  PRIMARY KEY (instrument_id, position),
  CONSTRAINT pkh_quality_criterion_fk FOREIGN KEY (instrument_id) REFERENCES pkh_quality_instrument (id)
) ENGINE = InnoDB;

INSERT INTO pkh_quality_instrument VALUES (1, 0);
INSERT INTO pkh_quality_criterion VALUES
  (1, 0, 'Pendamping menyiapkan materi, alat peraga dan daftar hadir', 4),
  (1, 1, 'Pertemuan dimulai tepat waktu dan sesuai urutan sesi modul', 4),
  (1, 2, 'Penyampaian materi sesuai buku modul', 4),
  (1, 3, 'Metode partisipatif: peserta berdiskusi, bermain peran, berbagi pengalaman', 4),
  (1, 4, 'Peserta aktif bertanya dan menjawab', 4),
  (1, 5, 'Pendamping merangkum dan memberi tugas rumah', 4);

CREATE TABLE pkh_quality_assessment (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  log_id      BIGINT        NOT NULL,
  assessed_by VARCHAR(100)  NOT NULL,
  observed_on DATE          NOT NULL,
  note        VARCHAR(1000) NULL,
  assessed_at TIMESTAMP(3)  NOT NULL,
  KEY pkh_quality_assessment_log (log_id),
  CONSTRAINT pkh_quality_assessment_log_fk FOREIGN KEY (log_id) REFERENCES p2k2_session_log (id)
) ENGINE = InnoDB;

CREATE TABLE pkh_quality_score (
  assessment_id BIGINT       NOT NULL,
  position      INT          NOT NULL,
  criterion     VARCHAR(200) NOT NULL,
  max_score     INT          NOT NULL,
  score         INT          NOT NULL,
  PRIMARY KEY (assessment_id, position),
  CONSTRAINT pkh_quality_score_fk FOREIGN KEY (assessment_id) REFERENCES pkh_quality_assessment (id)
    ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE pkh_coaching (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  facilitator VARCHAR(100)  NOT NULL,
  coach       VARCHAR(100)  NOT NULL,
  held_on     DATE          NOT NULL,
  topic       VARCHAR(200)  NOT NULL,
  notes       VARCHAR(1000) NULL,
  follow_up   VARCHAR(500)  NULL,
  recorded_at TIMESTAMP(3)  NOT NULL,
  KEY pkh_coaching_facilitator (facilitator, held_on)
) ENGINE = InnoDB;
