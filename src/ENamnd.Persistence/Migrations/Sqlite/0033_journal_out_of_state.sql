-- The journal leaves the instance state: the journal table becomes its only place. The table gains the fields of a
-- journal entry it lacked; rows it has take them from the entry with the same sequence in the state's "journal" array,
-- entries only the state holds are inserted, the state gets the counter the next entry is numbered from
-- ("lastJournalSequence") and loses its "journal". Outcomes are written as a JSON array from now on (a name may hold a
-- comma); a row without an entry in the state keeps its comma-separated list, which readers still understand.
-- Times are UTC milliseconds here, as the host writes them.
ALTER TABLE journal ADD COLUMN activity_name TEXT NULL;
ALTER TABLE journal ADD COLUMN activity_context_id TEXT NULL;
ALTER TABLE journal ADD COLUMN payload TEXT NULL;
ALTER TABLE journal ADD COLUMN activity_state TEXT NULL;
ALTER TABLE journal ADD COLUMN outputs TEXT NULL;

CREATE TEMPORARY TABLE state_journal AS
SELECT i.id AS instance_id, e.value ->> '$.sequence' AS sequence, e.value AS e
FROM instances i, json_each(i.state_json, '$.journal') AS e
WHERE json_type(i.state_json, '$.journal') = 'array';
CREATE INDEX temp.ix_state_journal ON state_journal (instance_id, sequence);

UPDATE journal
SET activity_name = s.e ->> '$.activityName',
    activity_context_id = s.e ->> '$.activityContextId',
    outcomes = CASE WHEN json_type(s.e, '$.outcomes') = 'array' THEN s.e -> '$.outcomes' ELSE journal.outcomes END,
    payload = NULLIF(s.e -> '$.payload', 'null'),
    activity_state = NULLIF(s.e -> '$.activityState', 'null'),
    outputs = NULLIF(s.e -> '$.outputs', 'null')
FROM state_journal s
WHERE journal.instance_id = s.instance_id AND journal.sequence = s.sequence;

INSERT INTO journal (instance_id, sequence, activity_id, node_id, activity_type, activity_name, activity_context_id, event_type, outcomes, message,
                     timestamp, payload, activity_state, outputs)
SELECT s.instance_id, s.sequence, COALESCE(s.e ->> '$.activityId', ''), COALESCE(s.e ->> '$.nodeId', ''), COALESCE(s.e ->> '$.activityType', ''),
       s.e ->> '$.activityName', s.e ->> '$.activityContextId', COALESCE(s.e ->> '$.eventType', 'Log'),
       CASE WHEN json_type(s.e, '$.outcomes') = 'array' THEN s.e -> '$.outcomes' END, s.e ->> '$.message',
       CAST(ROUND((julianday(s.e ->> '$.timestamp') - 2440587.5) * 86400000.0) AS INTEGER),
       NULLIF(s.e -> '$.payload', 'null'), NULLIF(s.e -> '$.activityState', 'null'), NULLIF(s.e -> '$.outputs', 'null')
FROM state_journal s
WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.instance_id = s.instance_id AND j.sequence = s.sequence);

DROP TABLE temp.state_journal;

UPDATE instances
SET state_json = json_set(json_remove(state_json, '$.journal'), '$.lastJournalSequence',
    COALESCE((SELECT max(j.sequence) FROM journal j WHERE j.instance_id = instances.id), 0))
WHERE json_type(state_json, '$.lastJournalSequence') IS NULL;
