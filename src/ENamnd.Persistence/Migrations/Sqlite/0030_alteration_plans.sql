-- Elsa-style alteration plans (retry, cancel, migrate, set a variable, applied to the instances a filter chose) and
-- their jobs, one per instance. A plan is written with all its jobs before any runs; a job is claimed (running, with
-- its start time) before it runs, so the recovery sweep finishes a plan that a crash interrupted between jobs.
CREATE TABLE alteration_plans (
    id TEXT NOT NULL PRIMARY KEY,
    alterations TEXT NOT NULL,
    filter TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    started_at INTEGER NULL,
    completed_at INTEGER NULL
);
CREATE INDEX ix_alteration_plans_status ON alteration_plans (status, created_at);
CREATE TABLE alteration_jobs (
    id TEXT NOT NULL PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES alteration_plans (id) ON DELETE CASCADE,
    workflow_instance_id TEXT NOT NULL,
    status TEXT NOT NULL,
    log TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    started_at INTEGER NULL,
    completed_at INTEGER NULL
);
CREATE INDEX ix_alteration_jobs_plan_id ON alteration_jobs (plan_id, created_at);
