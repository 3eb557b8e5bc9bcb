-- Stickers on KPM houses: the district's neutral text, and when each house got one.
CREATE TABLE pkh_sticker_text (
  id      BIGINT       NOT NULL PRIMARY KEY,
  text    VARCHAR(200) NOT NULL,
  version BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB;

INSERT INTO pkh_sticker_text VALUES (1, 'Keluarga Peserta Program Keluarga Harapan (PKH)', 0);

ALTER TABLE kpm ADD COLUMN sticker_placed_on DATE NULL, ADD COLUMN sticker_text VARCHAR(200) NULL;
