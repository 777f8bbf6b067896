-- What a committee decision records besides its outcome and paragraph: the members who reserved themselves against it
-- (reservation, a JSON array of participant ids) and the föredragande (participant id).
ALTER TABLE meeting_decisions ADD COLUMN reservations TEXT NOT NULL DEFAULT '[]';
ALTER TABLE meeting_decisions ADD COLUMN presenter TEXT NULL;

-- Append-only: who recorded what in a meeting's record (justerare, decisions, justering, anslag, appeals), through
-- which channel and when; never changed or removed.
CREATE TABLE meeting_events (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    meeting_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    channel TEXT NOT NULL,
    details TEXT NULL,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX ix_meeting_events_meeting_id ON meeting_events (meeting_id);

CREATE TRIGGER meeting_events_no_update BEFORE UPDATE ON meeting_events
BEGIN
    SELECT RAISE(ABORT, 'meeting_events is append-only');
END;

CREATE TRIGGER meeting_events_no_delete BEFORE DELETE ON meeting_events
BEGIN
    SELECT RAISE(ABORT, 'meeting_events is append-only');
END;
