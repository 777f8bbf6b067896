-- The instance list filters by name (search) and by whether an instance has incidents, and orders by name, in the
-- database rather than by reading every instance's state; both come out of the state once here, and every step writes them.
ALTER TABLE instances ADD COLUMN name text;
ALTER TABLE instances ADD COLUMN incident_count integer NOT NULL DEFAULT 0;
UPDATE instances
SET name = state_json::jsonb ->> 'name',
    incident_count = COALESCE(jsonb_array_length(state_json::jsonb -> 'incidents'), 0)
WHERE state_json::jsonb ->> 'name' IS NOT NULL OR jsonb_array_length(state_json::jsonb -> 'incidents') > 0;
-- The list filtered by status (the Studio's status filter, Faulted instances to retry) pages newest first without a sort.
CREATE INDEX ix_instances_status_created_at ON instances (status, created_at);
