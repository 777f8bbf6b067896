-- The instance list pages the newest instances first; with a long history it must not sort every instance to find them.
CREATE INDEX ix_instances_created_at ON instances (created_at);
