-- The population at 31 December per member municipality and year that the coordinator imported from SCB's figures. An
-- import holds every municipality of its year and replaces an earlier import of that year; the year then takes
-- precedence over the same year in the reference data shipped with the application.
CREATE TABLE municipality_populations (
    code TEXT NOT NULL,
    year INTEGER NOT NULL,
    population INTEGER NOT NULL CHECK (population > 0),
    imported_at INTEGER NOT NULL,
    PRIMARY KEY (code, year)
);
