CREATE TABLE sent_notifications (
    key TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    outbox_id TEXT NULL,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX ix_sent_notifications_subject ON sent_notifications (subject);
