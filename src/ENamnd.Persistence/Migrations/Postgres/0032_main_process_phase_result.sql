-- Elsa.ExecuteWorkflow's Result is Elsa's ExecuteWorkflowResult (the child's instance, status and output), no longer the
-- child's bare output. Main processes stored before that bind the result to the variable "resultat" and read the
-- output's members from it, in the step after each phase ("Resultat: …") and in the routing after it. That step is
-- rewritten to take the output out of the result first (and to keep a bare output as it is, for a result of a child
-- that ended before the upgrade) and to store it back in "resultat", so the routing reads what it read before.
-- Stored JSON is compact and escapes quotes and '>' as the serializer writes them, so the step's script reads exactly so.
UPDATE definitions
SET json = replace(json,
    'const r = getVariable(\u0027resultat\u0027) ?? {};',
    'const r = ((v) =\u003E v \u0026\u0026 v.workflowInstanceId !== undefined ? (v.output ?? {}) : (v ?? {}))(getVariable(\u0027resultat\u0027)); setVariable(\u0027resultat\u0027, r);')
WHERE strpos(json, 'const r = getVariable(\u0027resultat\u0027) ?? {};') > 0;
