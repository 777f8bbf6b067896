-- The data-protection keys of hosts on PostgreSQL. On SQLite the host keeps its keys in the data directory
-- (<data>/data-protection-keys) and leaves this table empty; it exists so both providers hold the same schema.
CREATE TABLE data_protection_keys (
    id INTEGER NOT NULL PRIMARY KEY,
    friendly_name TEXT NOT NULL,
    xml TEXT NOT NULL
);
