-- Append-only: the hash chain over the evidence tables (decisions, audit). The sealer appends one link per row in its
-- own short transaction, never in a step's; each link holds the SHA-256 of the row's canonical form and the hash that
-- ties it to the link before, so changing, removing, inserting or reordering a sealed row breaks the chain.
CREATE TABLE evidence_chain (
    sequence BIGINT NOT NULL PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_key BIGINT NOT NULL,
    content_hash TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    chain_hash TEXT NOT NULL,
    sealed_at TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX ix_evidence_chain_row ON evidence_chain (table_name, row_key);

CREATE FUNCTION evidence_chain_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'evidence_chain is append-only';
END;
$$;

CREATE TRIGGER evidence_chain_no_update BEFORE UPDATE ON evidence_chain
FOR EACH ROW EXECUTE FUNCTION evidence_chain_append_only();

CREATE TRIGGER evidence_chain_no_delete BEFORE DELETE ON evidence_chain
FOR EACH ROW EXECUTE FUNCTION evidence_chain_append_only();

-- The audit records are evidence too: what caused each step is written with the step and never changed or removed.
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit is append-only';
END;
$$;

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
FOR EACH ROW EXECUTE FUNCTION audit_append_only();

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
FOR EACH ROW EXECUTE FUNCTION audit_append_only();
