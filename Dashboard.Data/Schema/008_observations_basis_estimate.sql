-- Schema version 8: basis may also be 'estimate', the publisher's own estimate or projection printed beside its actual
-- data (IMF WEO: the years after a country's "Estimates Start After"), so charts, alt text and CSV can say which values
-- are estimates. SQLite cannot change a CHECK in place: the table is rebuilt as in 004, rows, columns and indexes
-- unchanged. The rule is written as equalities joined by OR, not IN with three values, for the reason 004 gives (an IN
-- of three or more values makes SQLite build a temporary index for every row it inserts).
CREATE TABLE observations_v3 (
    id               INTEGER PRIMARY KEY,
    dataset_id       TEXT NOT NULL REFERENCES datasets (id),
    indicator_id     TEXT NOT NULL REFERENCES indicators (id),
    entity_code      TEXT NOT NULL REFERENCES entities (code),
    counterpart_code TEXT REFERENCES entities (code),
    period           TEXT NOT NULL,
    period_kind      TEXT NOT NULL CHECK (period_kind = 'year' OR period_kind = 'range' OR period_kind = 'month'),
    period_start     INTEGER NOT NULL,
    period_end       INTEGER NOT NULL,
    period_as_stated TEXT,
    value            REAL NOT NULL,
    source_id        TEXT NOT NULL REFERENCES sources (id),
    locator          TEXT NOT NULL,
    basis            TEXT NOT NULL CHECK (basis = 'stated' OR basis = 'derived' OR basis = 'estimate'),
    derived_from     TEXT,
    note             TEXT,
    line             INTEGER NOT NULL
);

INSERT INTO observations_v3 SELECT * FROM observations;
DROP TABLE observations;
ALTER TABLE observations_v3 RENAME TO observations;

CREATE UNIQUE INDEX ux_observations_key
    ON observations (indicator_id, entity_code, IFNULL(counterpart_code, ''), period);
CREATE INDEX ix_observations_dataset ON observations (dataset_id);
