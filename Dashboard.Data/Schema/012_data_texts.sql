-- Schema version 12: data texts in other languages (data/i18n/{culture}.csv): translations of indicator names, units
-- and descriptions, group names and dimension names, keyed as data/README.md "Data texts" says. English is the data
-- itself; a text a culture lacks falls back to it.
CREATE TABLE data_texts (
    culture TEXT NOT NULL,
    key TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (culture, key)
);
