-- The earliest day a decision about a contract can fall due (ContractSchedule.EarliestDeadline): the earliest of its end,
-- its end − notice period and its open options' decide-by days. Contract monitoring reads, on this index, only the
-- contracts whose earliest deadline is within the longest alert lead time from today, and those where it is null (not
-- known: such a contract is read every day, as before). SQLite does not count months back to the month's end, so the
-- notice deadline is taken from the first of its month: never later than the host's, which is all the scan needs.
ALTER TABLE contracts ADD COLUMN earliest_deadline TEXT NULL;
UPDATE contracts
SET earliest_deadline = min(
    end_date,
    date(end_date, 'start of month', '-' || notice_period_months || ' months'),
    coalesce(
        (SELECT min(json_extract(o.value, '$.decideBy'))
         FROM json_each(contracts.options) AS o
         WHERE json_type(o.value) = 'object' AND coalesce(json_extract(o.value, '$.status'), 'Open') = 'Open'),
        end_date))
WHERE notice_period_months BETWEEN 0 AND 1200;
CREATE INDEX ix_contracts_earliest_deadline ON contracts (earliest_deadline);
