-- The signals a workflow step sends to other instances (start a subprocess, resume its parent, cancel a child), written
-- in the step's transaction and deleted once delivered. A row older than a few seconds is a hand-off that a crash
-- interrupted between the commit and the delivery; the recovery sweep delivers it again.
CREATE TABLE pending_signals (
    id TEXT NOT NULL PRIMARY KEY,
    instance_id TEXT NOT NULL,
    signal TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX ix_pending_signals_created_at ON pending_signals (created_at);
