CREATE TABLE tasks (
    id TEXT NOT NULL PRIMARY KEY,
    instance_id TEXT NOT NULL,
    bookmark_id TEXT NOT NULL,
    case_number TEXT NULL,
    definition_version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    question TEXT NOT NULL,
    recipient_email TEXT NOT NULL,
    recipient_name TEXT NULL,
    municipality_code TEXT NULL,
    participant_id TEXT NULL,
    choices TEXT NOT NULL,
    documents TEXT NOT NULL,
    asks_for_reference INTEGER NOT NULL,
    due_at INTEGER NULL,
    expires_at INTEGER NOT NULL,
    opened_at INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('Open', 'Decided', 'Cancelled', 'Escalated', 'TimedOut')),
    outcome TEXT NULL,
    comment TEXT NULL,
    reference TEXT NULL,
    decided_by TEXT NULL,
    channel TEXT NULL,
    closed_at INTEGER NULL,
    token_hash TEXT NOT NULL
);
CREATE INDEX ix_tasks_instance_id ON tasks (instance_id);
CREATE INDEX ix_tasks_case_number ON tasks (case_number);
CREATE INDEX ix_tasks_status ON tasks (status);

-- Append-only: one row per decided task, never changed or removed.
CREATE TABLE decisions (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    task_id TEXT NOT NULL,
    instance_id TEXT NOT NULL,
    case_number TEXT NULL,
    definition_version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    outcome TEXT NOT NULL,
    comment TEXT NULL,
    reference TEXT NULL,
    decided_by TEXT NOT NULL,
    channel TEXT NOT NULL,
    decided_at_utc INTEGER NOT NULL,
    decided_at_local TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_decisions_task_id ON decisions (task_id);
CREATE INDEX ix_decisions_case_number ON decisions (case_number);

CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions is append-only');
END;

CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions is append-only');
END;
