-- The journal leaves the instance state: the journal table becomes its only place. The table gains the fields of a
-- journal entry it lacked; rows it has take them from the entry with the same sequence in the state's "journal" array,
-- entries only the state holds are inserted, the state gets the counter the next entry is numbered from
-- ("lastJournalSequence") and loses its "journal". Outcomes are written as a JSON array from now on (a name may hold a
-- comma); a row without an entry in the state keeps its comma-separated list, which readers still understand.
ALTER TABLE journal ADD COLUMN activity_name TEXT NULL;
ALTER TABLE journal ADD COLUMN activity_context_id TEXT NULL;
ALTER TABLE journal ADD COLUMN payload TEXT NULL;
ALTER TABLE journal ADD COLUMN activity_state TEXT NULL;
ALTER TABLE journal ADD COLUMN outputs TEXT NULL;

-- Each state is parsed once.
CREATE TEMPORARY TABLE state_journal ON COMMIT DROP AS
SELECT i.id AS instance_id, (e ->> 'sequence')::BIGINT AS sequence, e
FROM instances i
CROSS JOIN LATERAL jsonb_array_elements(
    CASE WHEN jsonb_typeof(i.state_json::jsonb -> 'journal') = 'array' THEN i.state_json::jsonb -> 'journal' ELSE '[]'::jsonb END) AS e
WHERE strpos(i.state_json, '"journal"') > 0;
CREATE INDEX ix_state_journal ON state_journal (instance_id, sequence);

UPDATE journal j
SET activity_name = s.e ->> 'activityName',
    activity_context_id = s.e ->> 'activityContextId',
    outcomes = CASE WHEN jsonb_typeof(s.e -> 'outcomes') = 'array' THEN (s.e -> 'outcomes')::TEXT ELSE j.outcomes END,
    payload = NULLIF(s.e -> 'payload', 'null'::jsonb)::TEXT,
    activity_state = NULLIF(s.e -> 'activityState', 'null'::jsonb)::TEXT,
    outputs = NULLIF(s.e -> 'outputs', 'null'::jsonb)::TEXT
FROM state_journal s
WHERE j.instance_id = s.instance_id AND j.sequence = s.sequence;

INSERT INTO journal (instance_id, sequence, activity_id, node_id, activity_type, activity_name, activity_context_id, event_type, outcomes, message,
                     timestamp, payload, activity_state, outputs)
SELECT s.instance_id, s.sequence, COALESCE(s.e ->> 'activityId', ''), COALESCE(s.e ->> 'nodeId', ''), COALESCE(s.e ->> 'activityType', ''),
       s.e ->> 'activityName', s.e ->> 'activityContextId', COALESCE(s.e ->> 'eventType', 'Log'),
       CASE WHEN jsonb_typeof(s.e -> 'outcomes') = 'array' THEN (s.e -> 'outcomes')::TEXT END, s.e ->> 'message',
       (s.e ->> 'timestamp')::TIMESTAMPTZ, NULLIF(s.e -> 'payload', 'null'::jsonb)::TEXT, NULLIF(s.e -> 'activityState', 'null'::jsonb)::TEXT,
       NULLIF(s.e -> 'outputs', 'null'::jsonb)::TEXT
FROM state_journal s
WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.instance_id = s.instance_id AND j.sequence = s.sequence);

UPDATE instances i
SET state_json = jsonb_set(i.state_json::jsonb - 'journal', '{lastJournalSequence}',
    to_jsonb(COALESCE((SELECT max(j.sequence) FROM journal j WHERE j.instance_id = i.id), 0)))::TEXT
WHERE NOT (i.state_json::jsonb ? 'lastJournalSequence');
