-- A person's calendar subscription (kalenderprenumeration): the feed's token is derived from a secret, the person and
-- the generation, and only its SHA-256 is kept here. A renewal raises the generation and replaces the hash; a
-- revocation clears the hash, so the old address finds nothing.
CREATE TABLE calendar_feeds (
    participant_id TEXT NOT NULL PRIMARY KEY,
    generation INTEGER NOT NULL CHECK (generation > 0),
    token_hash TEXT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER NULL
);
CREATE UNIQUE INDEX ix_calendar_feeds_token_hash ON calendar_feeds (token_hash);
