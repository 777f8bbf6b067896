-- An open task counts the reminders sent (by the workflow's timers or by the coordinator) and when the last went
-- out; link_version counts the times it was given to another recipient, so an earlier recipient's link stops working.
ALTER TABLE tasks ADD COLUMN reminders_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tasks ADD COLUMN last_reminded_at INTEGER NULL;
ALTER TABLE tasks ADD COLUMN link_version INTEGER NOT NULL DEFAULT 0;
