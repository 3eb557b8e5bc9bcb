-- The socio-economic questionnaire that ranks KPM as graduation candidates (editable by the
-- district), and the families' assessments, each keeping the questions and answers it was made
-- with.
CREATE TABLE pkh_questionnaire (
  id      BIGINT NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0
) ENGINE = InnoDB;

CREATE TABLE pkh_questionnaire_question (
  questionnaire_id BIGINT       NOT NULL,
  position         INT          NOT NULL,
  text             VARCHAR(200) NOT NULL,
  options          TEXT         NOT NULL,
  PRIMARY KEY (questionnaire_id, position),
  CONSTRAINT pkh_questionnaire_question_fk FOREIGN KEY (questionnaire_id)
    REFERENCES pkh_questionnaire (id)
) ENGINE = InnoDB;

INSERT INTO pkh_questionnaire VALUES (1, 0);
INSERT INTO pkh_questionnaire_question VALUES
  (1, 0, 'Lantai rumah yang terluas', '[{"text":"Tanah","score":0},{"text":"Bambu atau kayu murah","score":1},{"text":"Semen atau plester","score":2},{"text":"Keramik atau ubin","score":3}]'),
  (1, 1, 'Dinding rumah', '[{"text":"Bambu, rumbia atau anyaman","score":0},{"text":"Kayu atau papan","score":1},{"text":"Tembok belum diplester","score":2},{"text":"Tembok diplester","score":3}]'),
  (1, 2, 'Sumber penerangan', '[{"text":"Bukan listrik","score":0},{"text":"Listrik menumpang tetangga","score":1},{"text":"Listrik PLN 450 VA","score":2},{"text":"Listrik PLN 900 VA atau lebih","score":3}]'),
  (1, 3, 'Bahan bakar memasak', '[{"text":"Kayu bakar atau arang","score":0},{"text":"Minyak tanah","score":1},{"text":"Gas 3 kg","score":2},{"text":"Gas tabung besar atau listrik","score":3}]'),
  (1, 4, 'Penghasilan keluarga sebulan', '[{"text":"Kurang dari Rp1 juta","score":0},{"text":"Rp1 juta sampai Rp2 juta","score":1},{"text":"Rp2 juta sampai Rp3 juta","score":2},{"text":"Lebih dari Rp3 juta","score":3}]'),
  (1, 5, 'Pekerjaan pencari nafkah utama', '[{"text":"Tidak bekerja","score":0},{"text":"Buruh tidak tetap","score":1},{"text":"Buruh tetap atau petani pemilik lahan","score":2},{"text":"Usaha sendiri yang berkembang atau pegawai","score":3}]'),
  (1, 6, 'Usaha keluarga', '[{"text":"Tidak ada","score":0},{"text":"Usaha kecil baru dimulai","score":1},{"text":"Usaha berjalan lebih dari setahun","score":2},{"text":"Usaha berkembang dengan pekerja","score":3}]'),
  (1, 7, 'Tabungan atau barang berharga yang mudah dijual (emas, ternak)', '[{"text":"Tidak ada","score":0},{"text":"Ada, kurang dari Rp1 juta","score":1},{"text":"Rp1 juta sampai Rp5 juta","score":2},{"text":"Lebih dari Rp5 juta","score":3}]'),
  (1, 8, 'Kendaraan yang dimiliki', '[{"text":"Tidak ada","score":0},{"text":"Sepeda","score":1},{"text":"Satu sepeda motor","score":2},{"text":"Lebih dari satu sepeda motor atau mobil","score":3}]'),
  (1, 9, 'Anak usia sekolah yang bersekolah', '[{"text":"Ada yang tidak bersekolah","score":0},{"text":"Semua bersekolah dengan bantuan","score":1},{"text":"Semua bersekolah tanpa kesulitan biaya","score":2}]');

CREATE TABLE pkh_socioeconomic_assessment (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kpm_id      BIGINT        NOT NULL,
  assessed_by VARCHAR(100)  NOT NULL,
  assessed_on DATE          NOT NULL,
  note        VARCHAR(1000) NULL,
  recorded_at DATETIME(6)   NOT NULL,
  KEY pkh_socioeconomic_kpm (kpm_id, assessed_on),
  CONSTRAINT pkh_socioeconomic_kpm_fk FOREIGN KEY (kpm_id) REFERENCES kpm (id)
) ENGINE = InnoDB;

CREATE TABLE pkh_socioeconomic_answer (
  assessment_id BIGINT       NOT NULL,
  position      INT          NOT NULL,
  question      VARCHAR(200) NOT NULL,
  answer        VARCHAR(100) NOT NULL,
  score         INT          NOT NULL,
  max_score     INT          NOT NULL,
  PRIMARY KEY (assessment_id, position),
  CONSTRAINT pkh_socioeconomic_answer_fk FOREIGN KEY (assessment_id)
    REFERENCES pkh_socioeconomic_assessment (id) ON DELETE CASCADE
) ENGINE = InnoDB;
