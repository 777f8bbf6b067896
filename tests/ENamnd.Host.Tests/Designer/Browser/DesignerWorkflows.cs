using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Browser;

/// <summary>The definitions the browser tests publish, in Elsa's JSON as the designer saves it (with designer positions).</summary>
internal static class DesignerWorkflows
{
    /// <summary>The email step's id and name in <see cref="MainProcess"/>.</summary>
    public const string EmailId = "bekrafta", EmailName = "BekraftaAnsokan";

    /// <summary>The email step's subject as published.</summary>
    public const string Subject = "Ansökan mottagen";

    /// <summary>The activity names <see cref="MainProcess"/> shows on the canvas, left to right.</summary>
    public static readonly string[] ActivityNames = ["Start1", EmailName, "VantaPaBeslut", "End1"];

    /// <summary>
    /// A small stand-in for the main process: Start → SendEmail (<see cref="Subject"/>) → Delay (two days) → End.
    /// Started, it sends the email and then waits.
    /// </summary>
    public static JsonObject MainProcess(string definitionId, string name) => new()
    {
        ["definitionId"] = definitionId,
        ["name"] = name,
        ["description"] = "Tar emot en ansökan, bekräftar den och väntar på beslut.",
        ["root"] = new JsonObject
        {
            ["id"] = "flode",
            ["nodeId"] = "Workflow1:flode",
            ["type"] = "Elsa.Flowchart",
            ["version"] = 1,
            ["name"] = "Flowchart1",
            ["activities"] = new JsonArray(
                Activity("start", "Start1", "Elsa.Start", 0),
                SendEmail(),
                Delay(),
                Activity("slut", "End1", "Elsa.End", 3)),
            ["connections"] = new JsonArray(
                Connection("start", EmailId),
                Connection(EmailId, "vanta"),
                Connection("vanta", "slut")),
        },
    };

    private static JsonObject SendEmail()
    {
        var activity = Activity(EmailId, EmailName, "ENamnd.SendEmail", 1);
        activity["to"] = Literal("String", "sokande@example.org");
        activity["subject"] = Literal("String", Subject);
        activity["body"] = Literal("String", "Vi har tagit emot din ansökan.");
        return activity;
    }

    private static JsonObject Delay()
    {
        var activity = Activity("vanta", "VantaPaBeslut", "Elsa.Delay", 2);
        activity["timeSpan"] = Literal("TimeSpan", "2.00:00:00");
        return activity;
    }

    private static JsonObject Activity(string id, string name, string type, int column) => new()
    {
        ["id"] = id,
        ["nodeId"] = $"Workflow1:flode:{id}",
        ["name"] = name,
        ["type"] = type,
        ["version"] = 1,
        ["customProperties"] = new JsonObject(),
        ["metadata"] = new JsonObject
        {
            ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = column * 260, ["y"] = 0 } },
        },
    };

    private static JsonObject Literal(string typeName, string value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value },
        ["memoryReference"] = null,
    };

    private static JsonObject Connection(string source, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = "Done" },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        ["vertices"] = new JsonArray(),
    };
}
