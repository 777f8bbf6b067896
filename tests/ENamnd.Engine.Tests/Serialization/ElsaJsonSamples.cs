namespace ENamnd.Engine.Tests.Serialization;

/// <summary>Workflow definitions written by hand in Elsa 3's JSON, with the keys our serializer writes.</summary>
public static class ElsaJsonSamples
{
    /// <summary>
    /// A review flowchart as the designer saves it: wrapped and raw inputs, designer metadata, connection
    /// vertices, and properties the engine does not know at the definition, activity and input levels.
    /// With a <c>Belopp</c> over 100 it sets <c>Status</c> from the <c>Sokande</c> input, joins and writes "Klart".
    /// </summary>
    public const string Review = """
        {
          "id": "granskning-v1",
          "definitionId": "granskning",
          "name": "Granskning av ansökan",
          "description": "Handskriven i Elsa-format",
          "createdAt": "2026-01-02T09:30:00+00:00",
          "version": 1,
          "toolVersion": "3.8.0.0",
          "isLatest": true,
          "isPublished": true,
          "isReadonly": false,
          "materializerName": "Json",
          "options": {
            "activationStrategyType": null, "usableAsActivity": null, "autoUpdateConsumingWorkflows": false,
            "activityCategory": null, "incidentStrategyType": null, "commitStrategyName": null
          },
          "variables": [
            { "id": "v-belopp", "name": "Belopp", "typeName": "Int32", "isArray": false, "value": "250", "storageDriverTypeName": null },
            { "id": "v-status", "name": "Status", "typeName": "String", "isArray": false, "value": null, "storageDriverTypeName": null }
          ],
          "inputs": [
            { "type": "String", "isArray": false, "name": "Sokande", "displayName": "Sökande", "description": "Den som ansöker", "category": null, "uiHint": "singleline", "storageDriverType": null }
          ],
          "outputs": [
            { "type": "String", "isArray": false, "name": "Status", "displayName": "Status", "description": null, "category": null, "uiHint": null, "storageDriverType": null }
          ],
          "outcomes": [],
          "customProperties": { "kommun": "Luleå" },
          "tenantId": null,
          "root": {
            "id": "fc1",
            "nodeId": "Workflow1:fc1",
            "name": "Flowchart1",
            "type": "Elsa.Flowchart",
            "version": 1,
            "customProperties": { "notFoundConnections": [] },
            "metadata": {},
            "variables": [],
            "activities": [
              {
                "id": "start1", "nodeId": "Workflow1:fc1:start1", "name": "Start1", "type": "Elsa.Start", "version": 1,
                "customProperties": { "canStartWorkflow": true, "runAsynchronously": false },
                "metadata": { "designer": { "position": { "x": -420, "y": 60 }, "size": { "width": 102.5, "height": 50 } } },
                "source": "granskning.json"
              },
              {
                "id": "dec1", "nodeId": "Workflow1:fc1:dec1", "name": "Decision1", "type": "Elsa.FlowDecision", "version": 1,
                "customProperties": {},
                "metadata": { "designer": { "position": { "x": -200, "y": 60 } }, "displayText": "Stort belopp?" },
                "condition": { "typeName": "Boolean", "expression": { "type": "JavaScript", "value": "variables.Belopp > 100" }, "memoryReference": null }
              },
              {
                "id": "set1", "nodeId": "Workflow1:fc1:set1", "name": "SetVariable1", "type": "Elsa.SetVariable", "version": 1,
                "customProperties": {},
                "metadata": { "designer": { "position": { "x": 0, "y": 0 } } },
                "variable": { "id": "v-status", "name": "Status", "typeName": "String", "isArray": false, "value": null, "storageDriverTypeName": null },
                "value": { "typeName": "Object", "expression": { "type": "Liquid", "value": "Granska {{ Input.Sokande }}" } }
              },
              {
                "id": "set2", "nodeId": "Workflow1:fc1:set2", "name": "SetVariable2", "type": "Elsa.SetVariable", "version": 1,
                "customProperties": {},
                "metadata": { "designer": { "position": { "x": 0, "y": 140 } } },
                "variable": { "id": "v-status", "name": "Status" },
                "value": { "typeName": null, "expression": { "type": "Literal", "value": "Direkt beviljad" }, "memoryReference": null }
              },
              {
                "id": "join1", "nodeId": "Workflow1:fc1:join1", "name": "FlowJoin1", "type": "Elsa.FlowJoin", "version": 1,
                "customProperties": {},
                "metadata": { "designer": { "position": { "x": 220, "y": 60 } } },
                "mode": { "typeName": "String", "expression": { "type": "Literal", "value": "WaitAll" } }
              },
              {
                "id": "wl1", "nodeId": "Workflow1:fc1:wl1", "name": "WriteLine1", "type": "Elsa.WriteLine", "version": 1,
                "customProperties": {},
                "metadata": { "designer": { "position": { "x": 420, "y": 60 } } },
                "text": "Klart"
              }
            ],
            "connections": [
              { "source": { "activity": "start1", "port": "Done" }, "target": { "activity": "dec1", "port": "In" }, "vertices": [] },
              { "source": { "activity": "dec1", "port": "True" }, "target": { "activity": "set1", "port": "In" }, "vertices": [ { "x": -100, "y": 10 }, { "x": -50, "y": 10 } ] },
              { "source": { "activity": "dec1", "port": "False" }, "target": { "activity": "set2", "port": "In" }, "vertices": [] },
              { "source": { "activity": "set1", "port": "Done" }, "target": { "activity": "join1", "port": "In" }, "vertices": [] },
              { "source": { "activity": "set2", "port": null }, "target": { "activity": "join1", "port": null }, "vertices": [] },
              { "source": { "activity": "join1", "port": "Done" }, "target": { "activity": "wl1", "port": "In" }, "vertices": [] }
            ]
          }
        }
        """;

    /// <summary>A definition as the Studio may send it for a new workflow: no node ids anywhere, nested containers.</summary>
    public const string WithoutNodeIds = """
        {
          "definitionId": "utan-nod-id",
          "name": "Utan nod-id",
          "isPublished": true,
          "variables": [],
          "root": {
            "id": "fc1", "type": "Elsa.Flowchart", "version": 1,
            "activities": [
              { "id": "start1", "type": "Elsa.Start", "version": 1 },
              { "id": "seq1", "type": "Elsa.Sequence", "version": 1, "activities": [
                { "id": "wl1", "type": "Elsa.WriteLine", "version": 1, "text": { "typeName": "String", "expression": { "type": "Liquid", "value": "Hej {{ Input.Namn }}" } } },
                { "id": "wl2", "type": "Elsa.WriteLine", "version": 1, "text": "Hej då" }
              ] }
            ],
            "connections": [ { "source": { "activity": "start1", "port": null }, "target": { "activity": "seq1", "port": null } } ]
          }
        }
        """;
}
