-- Elsa 3 names the flowchart decision Elsa.FlowDecision; definitions stored before the engine adopted the name say
-- Elsa.Decision. The engine still reads the old name, but stored JSON is rewritten so exports, the designer and queries
-- see Elsa's. Stored JSON is compact (no whitespace), so the type member reads exactly "type":"Elsa.Decision".
UPDATE definitions
SET json = replace(json, '"type":"Elsa.Decision"', '"type":"Elsa.FlowDecision"')
WHERE json LIKE '%"type":"Elsa.Decision"%';
