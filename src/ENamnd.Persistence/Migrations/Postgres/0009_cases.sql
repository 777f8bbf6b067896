CREATE TABLE cases (
    id TEXT NOT NULL PRIMARY KEY,
    case_number TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NULL,
    initiating_municipalities TEXT NOT NULL,
    instance_id TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    cancelled_at TIMESTAMPTZ NULL,
    cancel_reason TEXT NULL
);
