-- Waits of one kind (e.g. every Elsa.Event) are listed by name.
CREATE INDEX ix_bookmarks_name ON bookmarks (name);
