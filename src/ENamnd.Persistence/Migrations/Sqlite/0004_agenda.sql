CREATE TABLE agenda_items (
    id TEXT NOT NULL PRIMARY KEY,
    case_number TEXT NULL,
    matter TEXT NOT NULL,
    meeting_date INTEGER NULL,
    instance_id TEXT NOT NULL,
    activity_node_id TEXT NOT NULL,
    task_ids TEXT NOT NULL,
    documents TEXT NOT NULL,
    placed_at INTEGER NOT NULL
);
CREATE INDEX ix_agenda_items_meeting_date ON agenda_items (meeting_date);
CREATE INDEX ix_agenda_items_case_number ON agenda_items (case_number);
