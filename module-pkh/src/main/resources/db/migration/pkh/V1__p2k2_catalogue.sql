-- The P2K2 curriculum (family development sessions): modules and their numbered sessions.
-- Reference data that districts extend (e.g. a stunting module), hence a table, not an enum.
CREATE TABLE p2k2_module (
  code          VARCHAR(20)  NOT NULL PRIMARY KEY,
  title         VARCHAR(150) NOT NULL,
  first_session INT          NOT NULL,
  last_session  INT          NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB;

INSERT INTO p2k2_module (code, title, first_session, last_session) VALUES
  ('PPA',  'Pengasuhan dan Pendidikan Anak',                         1,  4),
  ('PKPU', 'Pengelolaan Keuangan dan Perencanaan Usaha',             5,  7),
  ('KG',   'Kesehatan dan Gizi',                                     8, 10),
  ('PA',   'Perlindungan Anak',                                     11, 12),
  ('KS',   'Kesejahteraan Sosial: disabilitas dan lanjut usia',     13, 14);
