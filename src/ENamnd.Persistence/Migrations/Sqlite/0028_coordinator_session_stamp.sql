-- The coordinator's session stamp of hosts on PostgreSQL. On SQLite the host keeps its stamp in the data directory
-- (<data>/coordinator-session-stamp) and leaves this table empty; it exists so both providers hold the same schema.
CREATE TABLE coordinator_session_stamp (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    stamp TEXT NOT NULL,
    renewed_at TEXT NOT NULL
);
