-- The coordinator's own agenda items (information and decision matters) beside the workflows' matters: the kind of
-- item, its place in the agenda (null: in the order placed) and who added it (null: a workflow).
ALTER TABLE agenda_items ADD COLUMN kind TEXT NOT NULL DEFAULT 'Beslut';
ALTER TABLE agenda_items ADD COLUMN position INTEGER NULL;
ALTER TABLE agenda_items ADD COLUMN added_by TEXT NULL;
