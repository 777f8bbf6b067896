-- Resume link tokens (Elsa's bookmark and event trigger links): only the SHA-256 of a token is kept, with what it
-- resumes (a bookmark id, or an event name) in which instance, until when, and when it was used. A use sets used_at
-- with a conditional update, so of two concurrent uses one wins.
CREATE TABLE resume_tokens (
    hash TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    instance_id TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ NULL
);
CREATE INDEX ix_resume_tokens_instance_id ON resume_tokens (instance_id);
