-- The coordinator's session stamp, shared by every host on this database: each sign-in cookie carries it, and signing
-- out (POST /logout) replaces it, which ends every coordinator session on every host. One row only (id = 1); the first
-- host to start inserts it (INSERT … ON CONFLICT DO NOTHING), renewals update it. Guarded by the database's grants.
CREATE TABLE coordinator_session_stamp (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    stamp TEXT NOT NULL,
    renewed_at TIMESTAMPTZ NOT NULL
);
