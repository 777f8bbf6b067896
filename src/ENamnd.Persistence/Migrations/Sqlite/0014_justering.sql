-- Justering and anslag of a committee meeting's minutes: the justerare (participant ids, JSON), the day the minutes
-- were checked, and the day the notice of it was posted on the notice board (both yyyy-MM-dd, Stockholm dates).
-- A decision may be declared immediately checked (omedelbart justerad) at the meeting.
ALTER TABLE meetings ADD COLUMN justerare TEXT NOT NULL DEFAULT '[]';
ALTER TABLE meetings ADD COLUMN justerad_on TEXT NULL;
ALTER TABLE meetings ADD COLUMN anslag_posted_on TEXT NULL;
ALTER TABLE meeting_decisions ADD COLUMN immediate INTEGER NOT NULL DEFAULT 0;
