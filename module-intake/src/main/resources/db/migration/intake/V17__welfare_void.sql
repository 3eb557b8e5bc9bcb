-- A welfare status recorded by mistake is marked void, with why, by whom and when; it stays in
-- the history (nothing is deleted) but is no longer the family's current status.
ALTER TABLE welfare_status
  ADD COLUMN voided_at   DATETIME(6)  NULL,
  ADD COLUMN voided_by   VARCHAR(100) NULL,
  ADD COLUMN void_reason VARCHAR(500) NULL;
