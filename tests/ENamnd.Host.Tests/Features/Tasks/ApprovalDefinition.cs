using System.Globalization;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Features.Tasks;

/// <summary>A workflow as the designer would post it: Start → RequestApproval → one WriteLine per outcome.</summary>
internal static class ApprovalDefinition
{
    /// <summary>The id of the activity after the Approved outcome.</summary>
    public const string AfterApproval = "approved";

    public static JsonObject Create(string definitionId, string approvers, TimeSpan deadline, string? instructions = null)
    {
        var approval = Activity("approval", "ENamnd.RequestApproval");
        approval["approvers"] = Input("String", "Literal", approvers);
        approval["title"] = Input("String", "Literal", "Godkännande av projektplan");
        approval["instructions"] = Input("String", "Liquid", instructions ?? "Godkänner du projektplanen i ärende {{ Workflow.CorrelationId }}?");
        approval["documents"] = Input("String", "Literal", "Projektplan | https://dokument.example.org/projektplan.pdf");
        approval["deadlineAfter"] = Input("TimeSpan", "Literal", deadline.ToString("c", CultureInfo.InvariantCulture));
        var activities = new JsonArray { Activity("start", "Elsa.Start"), approval };
        var connections = new JsonArray { Connection("start", "Done", "approval") };
        foreach (var (id, outcome) in new[] { (AfterApproval, "Approved"), ("rejected", "Rejected"), ("returned", "Returned"), ("timedOut", "TimedOut") })
        {
            var line = Activity(id, "Elsa.WriteLine");
            line["text"] = Input("String", "Literal", outcome);
            activities.Add(line);
            connections.Add(Connection("approval", outcome, id));
        }
        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = "Godkännande av projektplan",
            ["root"] = new JsonObject
            {
                ["id"] = "flowchart",
                ["type"] = "Elsa.Flowchart",
                ["version"] = 1,
                ["activities"] = activities,
                ["connections"] = connections,
            },
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
