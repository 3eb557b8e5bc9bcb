-- The district's catalogue of services a household can be referred to. Each district keeps its
-- own: this is the starting list, which the district admin edits.
CREATE TABLE service_catalogue (
  code     VARCHAR(40)  NOT NULL PRIMARY KEY,
  name     VARCHAR(150) NOT NULL,
  provider VARCHAR(40)  NOT NULL,
  sla_days INT          NOT NULL,
  active   BOOLEAN      NOT NULL DEFAULT TRUE,
  version  BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB;

INSERT INTO service_catalogue (code, name, provider, sla_days) VALUES
  ('PKH',           'Program Keluarga Harapan',                        'DINSOS',        30),
  ('BPNT',          'Bantuan Pangan Non Tunai / Rastra',               'DINSOS',        30),
  ('KIS',           'Kartu Indonesia Sehat (BPJS PBI)',                'DINKES',        14),
  ('KIP',           'Kartu Indonesia Pintar',                          'DISDIK',        30),
  ('RTLH',          'Bedah rumah / rehabilitasi rumah tidak layak huni','DINPERKIM',    90),
  ('KUBE',          'Kelompok Usaha Bersama',                          'DINSOS',        60),
  ('KTP_EL',        'KTP elektronik',                                  'DISDUKCAPIL',   14),
  ('KK',            'Kartu Keluarga',                                  'DISDUKCAPIL',   14),
  ('AKTA_LAHIR',    'Akta kelahiran',                                  'DISDUKCAPIL',   14),
  ('ISBAT_NIKAH',   'Itsbat nikah (pengesahan perkawinan)',            'PENGADILAN_AGAMA', 60),
  ('BANTUAN_HUKUM', 'Bantuan hukum bagi warga miskin',                 'LBH',           30),
  ('P2TP2A',        'Pendampingan korban kekerasan (P2TP2A)',          'DP3A',           3);
