namespace ENamnd.Engine.Tests.Serialization;

/// <summary>Structured control flow written by hand in Elsa 3's JSON: ports as nested activities, switch cases, fork branches.</summary>
public static class ControlFlowJsonSamples
{
    /// <summary>
    /// Sums the odd numbers of [1, 2, 3] in a <c>ForEach</c> whose body holds an <c>If</c> (4), writes "stor summa" from a
    /// <c>Switch</c>, then runs a <c>Fork</c> with <c>WaitAny</c> whose writing branch wins over the waiting one.
    /// </summary>
    public const string SumAndBranch = """
        {
          "id": "kontroll-v1", "definitionId": "kontroll", "name": "Kontrollflöde", "version": 1, "isLatest": true, "isPublished": true,
          "variables": [ { "id": "v-summa", "name": "Summa", "typeName": "Int32", "isArray": false, "value": "0" } ],
          "inputs": [], "outputs": [], "outcomes": [], "customProperties": {},
          "root": {
            "id": "fc1", "type": "Elsa.Flowchart", "version": 1, "metadata": {}, "customProperties": {},
            "activities": [
              { "id": "start1", "type": "Elsa.Start", "version": 1, "metadata": {}, "customProperties": {} },
              {
                "id": "loop1", "type": "Elsa.ForEach", "version": 1, "metadata": {}, "customProperties": {},
                "items": { "typeName": "Object[]", "expression": { "type": "JavaScript", "value": "[1, 2, 3]" } },
                "body": {
                  "id": "seq1", "type": "Elsa.Sequence", "version": 1, "metadata": {}, "customProperties": {},
                  "activities": [
                    {
                      "id": "if1", "type": "Elsa.If", "version": 1, "metadata": {}, "customProperties": {},
                      "condition": { "typeName": "Boolean", "expression": { "type": "JavaScript", "value": "variables.CurrentValue % 2 == 1" } },
                      "then": {
                        "id": "add1", "type": "Elsa.SetVariable", "version": 1, "metadata": {}, "customProperties": {},
                        "variable": { "id": "v-summa", "name": "Summa" },
                        "value": { "typeName": "Object", "expression": { "type": "JavaScript", "value": "variables.Summa + variables.CurrentValue" } }
                      },
                      "else": null
                    }
                  ]
                }
              },
              {
                "id": "switch1", "type": "Elsa.Switch", "version": 1, "metadata": {}, "customProperties": {},
                "mode": { "typeName": "String", "expression": { "type": "Literal", "value": "MatchFirst" } },
                "cases": [
                  {
                    "label": "Stor", "condition": { "type": "JavaScript", "value": "variables.Summa > 3" },
                    "activity": { "id": "wl1", "type": "Elsa.WriteLine", "version": 1, "text": { "typeName": "String", "expression": { "type": "Literal", "value": "stor summa" } } }
                  },
                  {
                    "label": "Alltid", "condition": { "type": "JavaScript", "value": "true" },
                    "activity": { "id": "wl2", "type": "Elsa.WriteLine", "version": 1, "text": { "typeName": "String", "expression": { "type": "Literal", "value": "liten summa" } } }
                  }
                ],
                "default": null
              },
              {
                "id": "fork1", "type": "Elsa.Fork", "version": 1, "metadata": {}, "customProperties": {},
                "joinMode": "WaitAny",
                "branches": [
                  { "id": "wl3", "type": "Elsa.WriteLine", "version": 1, "text": { "typeName": "String", "expression": { "type": "Literal", "value": "gren" } } },
                  { "id": "ev1", "type": "Elsa.Event", "version": 1, "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "aldrig" } } }
                ]
              }
            ],
            "connections": [
              { "source": { "activity": "start1", "port": "Done" }, "target": { "activity": "loop1", "port": "In" } },
              { "source": { "activity": "loop1", "port": "Done" }, "target": { "activity": "switch1", "port": "In" } },
              { "source": { "activity": "switch1", "port": "Done" }, "target": { "activity": "fork1", "port": "In" } }
            ]
          }
        }
        """;
}
