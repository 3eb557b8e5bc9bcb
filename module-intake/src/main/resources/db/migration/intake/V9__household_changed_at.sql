-- When the family card's record last changed (any member included); every change moves it, and
-- with it the household's version (its ETag).
ALTER TABLE household ADD COLUMN changed_at DATETIME(6) NULL;
UPDATE household SET changed_at = registered_at;
