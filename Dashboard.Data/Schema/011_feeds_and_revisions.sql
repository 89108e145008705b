-- Schema version 11: datasets bound to their source (feeds), every refresh attempt, the public record of every revision
-- of stored values, and which data version judged each claim. None of these tables refers to indicators, entities or
-- sources by foreign key: they are a history, and keep naming what a later import removed.

-- A dataset bound to a source: where it is fetched from, how often, how it is read, and the state of its last attempt.
CREATE TABLE feeds (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind = 'world-bank' OR kind = 'file' OR kind = 'imf'),
    url             TEXT NOT NULL,
    schedule        TEXT NOT NULL CHECK (schedule = 'daily' OR schedule = 'weekly' OR schedule = 'monthly'),
    dataset_id      TEXT NOT NULL UNIQUE,
    source_id       TEXT,
    options         TEXT,            -- how the fetched file is read (series, country column, indicator, sheet), as JSON
    created_at      TEXT NOT NULL,
    etag            TEXT,            -- validators of the last good response, for a conditional request
    last_modified   TEXT,
    last_attempt_at TEXT,
    last_outcome    TEXT,
    last_error      TEXT,
    last_success_at TEXT,
    last_change_at  TEXT
);

-- Every refresh attempt: when, what started it, and what came of it (why, when it failed).
CREATE TABLE feed_attempts (
    id          INTEGER PRIMARY KEY,
    feed_id     TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    trigger     TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome = 'changed' OR outcome = 'unchanged' OR outcome = 'not-modified' OR outcome = 'failed'),
    detail      TEXT,
    edition     TEXT,
    revision_id INTEGER
);
CREATE INDEX ix_feed_attempts_feed ON feed_attempts (feed_id, id);

-- One import that changed the stored values of a dataset with a history (every refresh of a feed, and later uploads
-- onto such a dataset). revised_at is UTC, 'YYYY-MM-DDTHH:MM:SS.fffffffZ', so text order is time order.
CREATE TABLE revisions (
    id           INTEGER PRIMARY KEY,
    dataset_id   TEXT NOT NULL,
    origin       TEXT NOT NULL,
    revised_at   TEXT NOT NULL,
    edition      TEXT,
    content_hash TEXT NOT NULL,
    first        INTEGER NOT NULL,   -- 1: the dataset's first rows (all added)
    added        INTEGER NOT NULL,
    changed      INTEGER NOT NULL,
    removed      INTEGER NOT NULL
);
CREATE INDEX ix_revisions_dataset ON revisions (dataset_id, id);

-- Old -> new per key. A changed or removed row keeps the row as it was (old_*), so a chart "as published on DATE"
-- can show it with the provenance it had.
CREATE TABLE revision_changes (
    revision_id          INTEGER NOT NULL REFERENCES revisions (id),
    indicator_id         TEXT NOT NULL,
    entity_code          TEXT NOT NULL,
    counterpart_code     TEXT,
    period               TEXT NOT NULL,
    period_kind          TEXT NOT NULL,
    period_start         INTEGER NOT NULL,
    period_end           INTEGER NOT NULL,
    change               TEXT NOT NULL CHECK (change = 'added' OR change = 'changed' OR change = 'removed'),
    old_value            REAL,
    new_value            REAL,
    old_period_as_stated TEXT,
    old_source_id        TEXT,
    old_locator          TEXT,
    old_basis            TEXT,
    old_derived_from     TEXT,
    old_note             TEXT
);
CREATE INDEX ix_revision_changes_indicator ON revision_changes (indicator_id, revision_id);
CREATE INDEX ix_revision_changes_revision ON revision_changes (revision_id);

-- A claim's verdict at a data version: recorded around every refresh, when it differs from the claim's last one.
CREATE TABLE claim_judgements (
    id           INTEGER PRIMARY KEY,
    claim_id     TEXT NOT NULL,
    data_version TEXT NOT NULL,
    judged_at    TEXT NOT NULL,
    status       TEXT NOT NULL,
    recomputed   REAL,
    revision_id  INTEGER
);
CREATE INDEX ix_claim_judgements_claim ON claim_judgements (claim_id, id);
