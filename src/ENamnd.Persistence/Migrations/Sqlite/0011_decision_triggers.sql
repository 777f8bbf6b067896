-- Nothing to change: decisions already has decisions_no_update and decisions_no_delete here
-- (0002). PostgreSQL's single trigger is split into the same two in its 0011; this script keeps
-- the numbers of both providers in step, and the statement below keeps it from being empty.
SELECT 1;
