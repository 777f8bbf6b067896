CREATE TABLE definitions (
    id TEXT NOT NULL PRIMARY KEY,
    definition_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    is_latest INTEGER NOT NULL,
    is_published INTEGER NOT NULL,
    name TEXT NULL,
    created_at INTEGER NOT NULL,
    json TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_definitions_definition_version ON definitions (definition_id, version);

CREATE TABLE instances (
    id TEXT NOT NULL PRIMARY KEY,
    definition_id TEXT NOT NULL,
    definition_version_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    correlation_id TEXT NULL,
    status TEXT NOT NULL,
    sub_status TEXT NOT NULL,
    state_json TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    finished_at INTEGER NULL
);
CREATE INDEX ix_instances_correlation_id ON instances (correlation_id);
CREATE INDEX ix_instances_definition_status ON instances (definition_id, status);

CREATE TABLE bookmarks (
    id TEXT NOT NULL PRIMARY KEY,
    instance_id TEXT NOT NULL,
    name TEXT NOT NULL,
    correlation_id TEXT NULL,
    due_at INTEGER NULL,
    created_at INTEGER NOT NULL,
    json TEXT NOT NULL
);
CREATE INDEX ix_bookmarks_instance_id ON bookmarks (instance_id);
CREATE INDEX ix_bookmarks_due_at ON bookmarks (due_at) WHERE due_at IS NOT NULL;

CREATE TABLE journal (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    instance_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    activity_id TEXT NOT NULL,
    node_id TEXT NOT NULL,
    activity_type TEXT NOT NULL,
    event_type TEXT NOT NULL,
    outcomes TEXT NULL,
    message TEXT NULL,
    timestamp INTEGER NOT NULL
);
CREATE UNIQUE INDEX ix_journal_instance_sequence ON journal (instance_id, sequence);

CREATE TABLE outbox (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    instance_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    sent_at INTEGER NULL,
    failed_at INTEGER NULL,
    last_error TEXT NULL
);
CREATE INDEX ix_outbox_pending ON outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;

CREATE TABLE audit (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    instance_id TEXT NOT NULL,
    action TEXT NOT NULL,
    bookmark_id TEXT NULL,
    bookmark_name TEXT NULL,
    correlation_id TEXT NULL,
    definition_version INTEGER NOT NULL,
    details TEXT NULL,
    timestamp INTEGER NOT NULL
);
CREATE INDEX ix_audit_instance_id ON audit (instance_id);
