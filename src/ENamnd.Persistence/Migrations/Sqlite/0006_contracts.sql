CREATE TABLE contracts (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    supplier TEXT NOT NULL,
    kind TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    notice_period_months INTEGER NOT NULL,
    options TEXT NOT NULL,
    owner TEXT NOT NULL,
    municipalities TEXT NOT NULL,
    case_number TEXT NULL,
    decision TEXT NULL,
    decision_reference TEXT NULL,
    decided_by TEXT NULL,
    decided_at INTEGER NULL,
    decision_instance_id TEXT NULL,
    registered_by_instance_id TEXT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX ix_contracts_end_date ON contracts (end_date);
CREATE INDEX ix_contracts_case_number ON contracts (case_number);
