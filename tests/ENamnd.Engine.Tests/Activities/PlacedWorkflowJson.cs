using System.Text.Json.Nodes;

namespace ENamnd.Engine.Tests.Activities;

/// <summary>Workflows in Elsa 3's JSON where one is placed in another as an activity, the way the designer writes them.</summary>
public static class PlacedWorkflowJson
{
    /// <summary>The definition id of the greeting workflow.</summary>
    public const string GreeterId = "halsare";

    /// <summary>
    /// Version <paramref name="version"/> of "Hälsare": input <c>PersonName</c>, output <c>Greeting</c> = "<paramref name="word"/> {PersonName}",
    /// usable as an activity; its type name is <c>Halsare</c>.
    /// </summary>
    public static JsonObject Greeter(int version, string word, bool published) => Parse($$"""
        {
          "id": "halsare-v{{version}}", "definitionId": "{{GreeterId}}", "name": "halsare", "version": {{version}},
          "isLatest": true, "isPublished": {{(published ? "true" : "false")}}, "toolVersion": "3.6.0.0",
          "options": { "usableAsActivity": true, "activityCategory": "Hälsningar" },
          "inputs": [ { "type": "String", "name": "PersonName", "displayName": "Namn", "uiHint": "singleline" } ],
          "outputs": [ { "type": "String", "name": "Greeting", "displayName": "Hälsning" } ],
          "outcomes": [],
          "root": {
            "id": "Flowchart1", "type": "Elsa.Flowchart", "version": 1,
            "activities": [
              { "id": "SetOutput1", "type": "Elsa.SetOutput", "version": 1,
                "outputName": { "typeName": "String", "expression": { "type": "Literal", "value": "Greeting" } },
                "outputValue": { "typeName": "Object", "expression": { "type": "JavaScript", "value": "'{{word}} ' + getPersonName()" } } }
            ],
            "connections": []
          }
        }
        """);

    /// <summary>A workflow whose only activity completes it through <paramref name="outcome"/>, usable as activity <c>Sorterare</c>.</summary>
    public static JsonObject Sorter(string outcome) => Parse($$"""
        {
          "id": "sorterare-v1", "definitionId": "sorterare", "name": "Sorterare", "version": 1, "isLatest": true, "isPublished": true,
          "options": { "usableAsActivity": true }, "outcomes": [ "Godkänd", "Avslagen" ],
          "root": {
            "id": "Flowchart1", "type": "Elsa.Flowchart", "version": 1,
            "activities": [
              { "id": "Complete1", "type": "Elsa.Complete", "version": 1,
                "outcomes": { "typeName": "Object", "expression": { "type": "Literal", "value": "{{outcome}}" } } }
            ],
            "connections": []
          }
        }
        """);

    /// <summary>
    /// A published workflow <paramref name="definitionId"/> that places <paramref name="placed"/> and then writes
    /// its greeting twice: from the bound variable <c>Halsning</c> and from the output accessor <c>getGreetingFromHalsa1()</c>.
    /// </summary>
    public static JsonObject Parent(string definitionId, JsonObject placed) => Parse($$"""
        {
          "id": "{{definitionId}}-v1", "definitionId": "{{definitionId}}", "name": "Förälder", "version": 1, "isLatest": true, "isPublished": true,
          "toolVersion": "3.6.0.0",
          "variables": [ { "id": "v-halsning", "name": "Halsning", "typeName": "String", "isArray": false } ],
          "root": {
            "id": "Flowchart1", "type": "Elsa.Flowchart", "version": 1,
            "activities": [
              {{placed.ToJsonString()}},
              { "id": "WriteLine1", "type": "Elsa.WriteLine", "version": 1,
                "text": { "typeName": "String", "expression": { "type": "JavaScript", "value": "getHalsning() + ' / ' + getGreetingFromHalsa1()" } } }
            ],
            "connections": [ { "source": { "activity": "Halsa1", "port": "Done" }, "target": { "activity": "WriteLine1", "port": "In" } } ]
          }
        }
        """);

    /// <summary>
    /// The node the designer writes for "Hälsare" placed with <c>PersonName</c> "Åsa" and its output bound to variable
    /// <c>Halsning</c>; pinned to <paramref name="versionId"/> when given, else to version <paramref name="version"/>.
    /// </summary>
    public static JsonObject GreeterNode(int version, string? versionId) => Parse($$"""
        {
          "id": "Halsa1", "name": "Halsa1", "type": "Halsare", "version": {{version}},
          "workflowDefinitionId": "{{GreeterId}}",
          {{(versionId is null ? "" : $"\"workflowDefinitionVersionId\": \"{versionId}\",")}}
          "personName": { "typeName": "String", "expression": { "type": "Literal", "value": "Åsa" } },
          "greeting": { "typeName": "String", "memoryReference": { "id": "v-halsning" } }
        }
        """);

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
