using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>
/// A workflow as the designer would post it: Start → AwaitCommitteeDecision (next meeting) → one WriteLine per outcome;
/// with <c>tableAgain</c> a tabled matter goes back to the committee, as the process does.
/// </summary>
internal static class CommitteeDecisionDefinition
{
    public static JsonObject Create(string definitionId, string matter, bool tableAgain = false)
    {
        var decision = Activity("decision", "ENamnd.AwaitCommitteeDecision");
        decision["matter"] = Input("String", "Literal", matter);
        decision["secretary"] = Input("String", "Literal", "roll:sekreterare");
        var activities = new JsonArray { Activity("start", "Elsa.Start"), decision };
        var connections = new JsonArray { Connection("start", "Done", "decision") };
        if (tableAgain) connections.Add(Connection("decision", "Tabled", "decision"));
        foreach (var outcome in new[] { "Approved", "Rejected", "Tabled", "ReturnedForRevision" }.Where(o => !tableAgain || o != "Tabled"))
        {
            var line = Activity($"after-{outcome}", "Elsa.WriteLine");
            line["text"] = Input("String", "Literal", outcome);
            activities.Add(line);
            connections.Add(Connection("decision", outcome, $"after-{outcome}"));
        }
        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = "Nämndbeslut",
            ["root"] = new JsonObject { ["id"] = "flowchart", ["type"] = "Elsa.Flowchart", ["version"] = 1, ["activities"] = activities, ["connections"] = connections },
        };
    }

    private static JsonObject Activity(string id, string type) => new() { ["id"] = id, ["type"] = type, ["version"] = 1 };

    private static JsonObject Connection(string source, string port, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };

    private static JsonObject Input(string typeName, string syntax, string value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value },
    };
}
