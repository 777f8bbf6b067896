CREATE TABLE participants (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_normalized TEXT NOT NULL,
    municipality_code TEXT NULL,
    substitute_id TEXT NULL REFERENCES participants (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ix_participants_email_normalized ON participants (email_normalized);
CREATE INDEX ix_participants_municipality_code ON participants (municipality_code);
CREATE INDEX ix_participants_substitute_id ON participants (substitute_id);

CREATE TABLE participant_roles (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    case_number TEXT NULL
);
CREATE UNIQUE INDEX ix_participant_roles_assignment ON participant_roles (participant_id, role, COALESCE(case_number, ''));
CREATE INDEX ix_participant_roles_role_case ON participant_roles (role, case_number);
