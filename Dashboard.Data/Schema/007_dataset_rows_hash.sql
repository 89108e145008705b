-- Schema version 7: what an uploaded dataset stored, as a hash of its rows (every field of every observation, in the
-- order written), so the data version changes whenever stored rows change — also when the same file is read another
-- way (another value column, series or country column) — and no cache keyed by it serves removed rows.
ALTER TABLE datasets ADD COLUMN rows_hash TEXT;
