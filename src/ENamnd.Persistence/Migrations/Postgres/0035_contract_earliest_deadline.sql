-- The earliest day a decision about a contract can fall due (ContractSchedule.EarliestDeadline): the earliest of its end,
-- its end − notice period and its open options' decide-by days. Contract monitoring reads, on this index, only the
-- contracts whose earliest deadline is within the longest alert lead time from today, and those where it is null (not
-- known: such a contract is read every day, as before). PostgreSQL counts months back as the host does, to the month's end.
ALTER TABLE contracts ADD COLUMN earliest_deadline DATE NULL;
UPDATE contracts
SET earliest_deadline = GREATEST(DATE '0001-01-01', LEAST(
    end_date,
    (end_date - make_interval(months => notice_period_months))::date,
    (SELECT min((o ->> 'decideBy')::date)
     FROM jsonb_array_elements(CASE WHEN jsonb_typeof(options::jsonb) = 'array' THEN options::jsonb ELSE '[]'::jsonb END) AS o
     WHERE coalesce(o ->> 'status', 'Open') = 'Open')))
WHERE notice_period_months BETWEEN 0 AND 1200;
CREATE INDEX ix_contracts_earliest_deadline ON contracts (earliest_deadline);
