-- The append-only guard on decisions as one trigger per event, named as on SQLite (whose triggers
-- take a single event), so both providers list the same triggers. Dropped and created in this
-- migration's transaction: decisions are never unguarded.
DROP TRIGGER decisions_no_change ON decisions;

CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
FOR EACH ROW EXECUTE FUNCTION decisions_append_only();

CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
FOR EACH ROW EXECUTE FUNCTION decisions_append_only();
