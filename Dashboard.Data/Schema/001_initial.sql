-- Schema version 1: the data contract of data/README.md as tables.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per imported file (a shipped data/ file or an uploaded one).
CREATE TABLE datasets (
    id           TEXT PRIMARY KEY,
    file_name    TEXT NOT NULL,
    format       TEXT NOT NULL,
    origin       TEXT NOT NULL CHECK (origin IN ('shipped', 'upload')),
    content_hash TEXT NOT NULL,
    row_count    INTEGER NOT NULL,
    source_id    TEXT,
    imported_at  TEXT NOT NULL
);

CREATE TABLE sources (
    id        TEXT PRIMARY KEY,
    citation  TEXT NOT NULL,
    url       TEXT,
    publisher TEXT,
    licence   TEXT,
    edition   TEXT,
    accessed  TEXT
);

CREATE TABLE indicators (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    unit        TEXT NOT NULL,
    dimension   TEXT NOT NULL CHECK (dimension IN ('military', 'economic', 'political', 'technology')),
    description TEXT NOT NULL,
    chart_kind  TEXT NOT NULL CHECK (chart_kind IN ('line', 'slope', 'grouped-bar', 'stacked-share', 'timeline', 'table')),
    min_value   REAL,
    max_value   REAL
);

CREATE TABLE entities (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('country', 'group', 'other'))
);

CREATE TABLE entity_members (
    group_code  TEXT NOT NULL REFERENCES entities (code),
    member_code TEXT NOT NULL REFERENCES entities (code),
    PRIMARY KEY (group_code, member_code)
);

-- Periods are kept as written and as an inclusive month range (months since year 0) for filtering and sorting.
CREATE TABLE observations (
    id               INTEGER PRIMARY KEY,
    dataset_id       TEXT NOT NULL REFERENCES datasets (id),
    indicator_id     TEXT NOT NULL REFERENCES indicators (id),
    entity_code      TEXT NOT NULL REFERENCES entities (code),
    counterpart_code TEXT REFERENCES entities (code),
    period           TEXT NOT NULL,
    period_kind      TEXT NOT NULL CHECK (period_kind IN ('year', 'range', 'month')),
    period_start     INTEGER NOT NULL,
    period_end       INTEGER NOT NULL,
    period_as_stated TEXT,
    value            REAL NOT NULL,
    source_id        TEXT NOT NULL REFERENCES sources (id),
    locator          TEXT NOT NULL,
    basis            TEXT NOT NULL CHECK (basis IN ('stated', 'derived')),
    derived_from     TEXT,
    note             TEXT,
    line             INTEGER NOT NULL
);

CREATE UNIQUE INDEX ux_observations_key
    ON observations (indicator_id, entity_code, IFNULL(counterpart_code, ''), period);
CREATE INDEX ix_observations_dataset ON observations (dataset_id);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    date        TEXT NOT NULL,
    precision   TEXT NOT NULL CHECK (precision IN ('year', 'month', 'day')),
    sort_key    INTEGER NOT NULL,
    actor_code  TEXT NOT NULL REFERENCES entities (code),
    country_code TEXT REFERENCES entities (code),
    dimension   TEXT NOT NULL CHECK (dimension IN ('military', 'economic', 'political', 'technology')),
    title       TEXT NOT NULL,
    source_id   TEXT NOT NULL REFERENCES sources (id),
    locator     TEXT NOT NULL,
    note        TEXT
);
CREATE INDEX ix_events_sort ON events (sort_key);

CREATE TABLE projects (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    city         TEXT,
    country_code TEXT NOT NULL REFERENCES entities (code),
    year         INTEGER,
    vendor       TEXT,
    cameras      INTEGER,
    cost_usd_m   REAL,
    loan_usd_m   REAL,
    lender_code  TEXT REFERENCES entities (code),
    source_id    TEXT NOT NULL REFERENCES sources (id),
    locator      TEXT NOT NULL,
    note         TEXT
);
