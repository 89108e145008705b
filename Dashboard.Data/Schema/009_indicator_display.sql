-- Schema version 9 (issue 24): how an indicator's values are read, as the data contract says per indicator.
-- display_precision: digits shown where values are rounded for reading ('1 decimal', '3 significant'; '' = 3 significant).
-- missing_means_zero: 1 when a missing row means the value is zero (TOP500: a country absent from a list has 0 systems).
-- map_classes: how a map classes the values ('equal': nice equal steps; 'quantile').
ALTER TABLE indicators ADD COLUMN display_precision TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN missing_means_zero INTEGER NOT NULL DEFAULT 0 CHECK (missing_means_zero IN (0, 1));
ALTER TABLE indicators ADD COLUMN map_classes TEXT NOT NULL DEFAULT 'equal' CHECK (map_classes IN ('equal', 'quantile'));
