-- Blocks of ids (see id.slrt.core.persistence.IdBlocks): per table, the last id handed out.
-- Writers take a block of ids at once so that their inserts can be batched; a module adds the
-- rows of its tables, starting at the largest id the table already holds.
CREATE TABLE id_block (
  name    VARCHAR(64) NOT NULL PRIMARY KEY,
  last_id BIGINT      NOT NULL
) ENGINE = InnoDB;
