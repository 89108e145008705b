-- Schema version 7: how an upload was read (encoding, delimiter, decimal separator, sheet) and the indicator a user
-- named for a generic country table, as JSON, so a rebuild of the store re-applies the file exactly as it was read.
ALTER TABLE uploads ADD COLUMN options TEXT;
