-- Schema version 3: uploaded datasets. The uploaded file itself is kept (gzip) in the same transaction as its rows,
-- so a rebuild of the store from data/ can re-apply every upload through the same importer.
CREATE TABLE uploads (
    dataset_id   TEXT PRIMARY KEY,
    file_name    TEXT NOT NULL,
    format       TEXT NOT NULL,
    source_id    TEXT,
    content_hash TEXT NOT NULL,
    size_bytes   INTEGER NOT NULL,
    content_gzip BLOB NOT NULL,
    uploaded_at  TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('applied', 'failed')),
    error        TEXT
);

-- The indicators, entities and sources an uploaded dataset brought with it; a definition is removed with the last
-- dataset that brought it, when nothing else refers to it.
CREATE TABLE upload_definitions (
    dataset_id TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('indicator', 'entity', 'source')),
    id         TEXT NOT NULL,
    PRIMARY KEY (dataset_id, kind, id)
);
CREATE INDEX ix_upload_definitions_id ON upload_definitions (kind, id);
