-- Schema version 10: PowerPoint templates an admin uploaded for decks (template=<id>). The file is kept whole, checked
-- when it was uploaded; a rebuild of the store carries the templates over (KeptTemplates). Not part of the data
-- version: a template changes how a deck looks, not a number in it.
CREATE TABLE deck_templates (
    id           TEXT PRIMARY KEY,
    file_name    TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    size_bytes   INTEGER NOT NULL,
    content      BLOB NOT NULL,
    summary      TEXT NOT NULL,
    uploaded_at  TEXT NOT NULL
);
