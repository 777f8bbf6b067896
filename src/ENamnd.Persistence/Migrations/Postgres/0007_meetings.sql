CREATE TABLE meetings (
    id TEXT NOT NULL PRIMARY KEY,
    body TEXT NOT NULL,
    date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    starts_at TIMESTAMPTZ NOT NULL,
    ends_at TIMESTAMPTZ NOT NULL,
    location TEXT NOT NULL,
    online_link TEXT NULL,
    status TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    cancel_reason TEXT NULL,
    cancelled_at TIMESTAMPTZ NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_meetings_body_starts_at ON meetings (body, starts_at);
CREATE TABLE meeting_attendance (
    meeting_id TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    municipality_code TEXT NULL,
    role TEXT NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (meeting_id, participant_id)
);
CREATE TABLE meeting_decisions (
    agenda_item_id TEXT NOT NULL PRIMARY KEY,
    meeting_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    paragraph TEXT NULL,
    note TEXT NULL,
    decided_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_meeting_decisions_meeting_id ON meeting_decisions (meeting_id);
