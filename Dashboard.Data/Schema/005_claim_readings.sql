-- Schema version 5: claims read several ways, and three more recipes.
-- reading_of: this row is a context reading of another claim (another period, edition or list): shown beside it with
-- its own value and status, never as its verdict. basis_reason: why a claim's own reading is the plausible basis of the
-- paper's figure. relation '>': the paper says "more than" (surpassed, bought some), so the claim holds when the
-- recomputed value exceeds the stated one. tiv-rank: a supplier's rank; tiv-versus: one supplier's volume over a rival's;
-- events: dated events citing a primary source (the SIPRI register's deliveries) whose title contains title_contains.
CREATE TABLE claims_v2 (
    id               TEXT PRIMARY KEY,
    sort_order       INTEGER NOT NULL,
    section          TEXT NOT NULL,
    wording          TEXT NOT NULL,
    cited_source_id  TEXT NOT NULL REFERENCES sources (id),
    stated_value     REAL NOT NULL,
    stated_text      TEXT NOT NULL,
    decimals         INTEGER NOT NULL,
    unit             TEXT NOT NULL,
    method           TEXT NOT NULL CHECK (method = 'lookup' OR method = 'tiv-share' OR method = 'tiv-rank' OR method = 'tiv-versus'
                                          OR method = 'events' OR method = 'none'),
    indicator_id     TEXT REFERENCES indicators (id),
    entity_code      TEXT REFERENCES entities (code),
    counterpart_code TEXT REFERENCES entities (code),
    rival_code       TEXT REFERENCES entities (code),
    title_contains   TEXT,
    period           TEXT,
    relation         TEXT NOT NULL DEFAULT '=' CHECK (relation = '=' OR relation = '>'),
    tolerance        REAL,
    reading_of       TEXT,
    basis_reason     TEXT,
    explanation      TEXT NOT NULL
);

INSERT INTO claims_v2 (id, sort_order, section, wording, cited_source_id, stated_value, stated_text, decimals, unit, method,
                       indicator_id, entity_code, counterpart_code, period, tolerance, explanation)
SELECT id, sort_order, section, wording, cited_source_id, stated_value, stated_text, decimals, unit, method,
       indicator_id, entity_code, counterpart_code, period, tolerance, explanation
FROM claims;
DROP TABLE claims;
ALTER TABLE claims_v2 RENAME TO claims;

CREATE INDEX ix_claims_order ON claims (sort_order);
CREATE INDEX ix_claims_reading_of ON claims (reading_of);
