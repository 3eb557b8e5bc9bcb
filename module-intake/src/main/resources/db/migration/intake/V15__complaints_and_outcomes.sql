-- A need is a need or a complaint (pengaduan) about a program, through a channel; both are closed
-- with an outcome (served, not eligible, referred) and the answer given to the citizen. Needs
-- closed before outcomes existed keep none.
ALTER TABLE need
  ADD COLUMN kind    VARCHAR(10)   NOT NULL DEFAULT 'KEBUTUHAN' AFTER category,
  ADD COLUMN program VARCHAR(10)   NULL AFTER kind,
  ADD COLUMN channel VARCHAR(10)   NULL AFTER program,
  ADD COLUMN outcome VARCHAR(12)   NULL,
  ADD COLUMN answer  VARCHAR(1000) NULL,
  ADD INDEX need_kind (kind, status);
