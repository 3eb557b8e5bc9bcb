-- The P2K2 curriculum's sessions, numbered within their module (API.md's sessionNo: PKPU 1 is the
-- fifth session overall). Reference data the district edits; the titles are the national module
-- books'.
CREATE TABLE p2k2_session (
  module_code VARCHAR(20)  NOT NULL,
  session_no  INT          NOT NULL,
  title       VARCHAR(200) NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (module_code, session_no),
  CONSTRAINT p2k2_session_module FOREIGN KEY (module_code) REFERENCES p2k2_module (code)
) ENGINE = InnoDB;

INSERT INTO p2k2_session (module_code, session_no, title) VALUES
  ('PPA',  1, 'Menjadi Orang Tua yang Lebih Baik'),
  ('PPA',  2, 'Memahami Perilaku Anak'),
  ('PPA',  3, 'Memahami Cara Anak Usia Dini Belajar'),
  ('PPA',  4, 'Membantu Anak Sukses di Sekolah'),
  ('PKPU', 1, 'Pentingnya Mengelola Keuangan Keluarga'),
  ('PKPU', 2, 'Cermat Meminjam dan Menabung'),
  ('PKPU', 3, 'Memulai Usaha'),
  ('KG',   1, 'Pentingnya Gizi dan Layanan Kesehatan Ibu Hamil'),
  ('KG',   2, 'Pentingnya Gizi dan Layanan Kesehatan Ibu Menyusui dan Balita'),
  ('KG',   3, 'Kesakitan pada Anak dan Kesehatan Lingkungan'),
  ('PA',   1, 'Upaya Pencegahan Kekerasan dan Perlakuan Salah terhadap Anak'),
  ('PA',   2, 'Penelantaran dan Eksploitasi terhadap Anak'),
  ('KS',   1, 'Pentingnya Pelayanan bagi Penyandang Disabilitas Berat'),
  ('KS',   2, 'Kesejahteraan Sosial Lanjut Usia');
