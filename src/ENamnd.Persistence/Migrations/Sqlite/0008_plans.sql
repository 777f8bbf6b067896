-- Participant tasks may ask for further text fields (e.g. a value and an action plan) and keep the answers.
ALTER TABLE tasks ADD COLUMN fields TEXT NOT NULL DEFAULT '[]';
ALTER TABLE tasks ADD COLUMN answers TEXT NULL;

-- Annual plans (verksamhetsplaner): one per year, goals and indicators as JSON.
CREATE TABLE plans (
    id TEXT NOT NULL PRIMARY KEY,
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    goals TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ix_plans_year ON plans (year);

-- One follow-up round per plan and tertial; the items as they were asked, and the report once compiled.
CREATE TABLE tertial_follow_ups (
    id TEXT NOT NULL PRIMARY KEY,
    plan_id TEXT NOT NULL,
    year INTEGER NOT NULL,
    tertial INTEGER NOT NULL,
    instance_id TEXT NOT NULL,
    items TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    report TEXT NULL,
    report_compiled_at INTEGER NULL,
    agenda_item_id TEXT NULL,
    meeting_date INTEGER NULL
);
CREATE UNIQUE INDEX ix_tertial_follow_ups_plan_tertial ON tertial_follow_ups (plan_id, year, tertial);

-- Which goal or indicator each follow-up task asks about.
CREATE TABLE follow_up_tasks (
    task_id TEXT NOT NULL PRIMARY KEY,
    instance_id TEXT NOT NULL,
    item_key TEXT NOT NULL
);
CREATE INDEX ix_follow_up_tasks_instance_id ON follow_up_tasks (instance_id);
