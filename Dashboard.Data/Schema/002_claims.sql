-- Schema version 2: the paper's quantified claims (data/claims.csv) and how to recompute each one from the primary series.
CREATE TABLE claims (
    id               TEXT PRIMARY KEY,
    sort_order       INTEGER NOT NULL,
    section          TEXT NOT NULL,
    wording          TEXT NOT NULL,
    cited_source_id  TEXT NOT NULL REFERENCES sources (id),
    stated_value     REAL NOT NULL,
    stated_text      TEXT NOT NULL,   -- as written, so the claim's precision is kept ("1.5" vs "1.50")
    decimals         INTEGER NOT NULL,
    unit             TEXT NOT NULL,
    method           TEXT NOT NULL CHECK (method IN ('lookup', 'tiv-share', 'none')),
    indicator_id     TEXT REFERENCES indicators (id),
    entity_code      TEXT REFERENCES entities (code),
    counterpart_code TEXT REFERENCES entities (code),
    period           TEXT,
    tolerance        REAL,
    explanation      TEXT NOT NULL
);
CREATE INDEX ix_claims_order ON claims (sort_order);
