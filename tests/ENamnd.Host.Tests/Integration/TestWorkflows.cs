using System.Globalization;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Integration;

/// <summary>
/// The workflow definitions of the integration tests, in Elsa's JSON format as the designer posts
/// them: flowcharts whose activities run one after another.
/// </summary>
internal static class TestWorkflows
{
    /// <summary>The id of the email activity after a delay, and of the first and second email of <see cref="EmailDelayEmail"/>.</summary>
    public const string Mail = "mail", MailA = "mailA", MailB = "mailB";

    /// <summary>The id of the step after the event in <see cref="EventThenLog"/>.</summary>
    public const string AfterEvent = "log";

    /// <summary>The event name <see cref="EventThenLog"/> waits for.</summary>
    public const string EventName = "go";

    /// <summary>The id of the step after the subprocess in <see cref="SubprocessThenLog"/>.</summary>
    public const string AfterSubprocess = "efter";

    /// <summary>Start → Delay <paramref name="delay"/> → SendEmail (<see cref="Mail"/>) → End.</summary>
    public static JsonObject DelayThenEmail(string definitionId, TimeSpan delay) =>
        Flowchart(definitionId, Start(), Delay("wait", delay), SendEmail(Mail, "Efter fördröjningen"), End());

    /// <summary>Start → SendEmail <see cref="MailA"/> → Delay <paramref name="delay"/> → SendEmail <see cref="MailB"/> → End.</summary>
    public static JsonObject EmailDelayEmail(string definitionId, TimeSpan delay) =>
        Flowchart(definitionId, Start(), SendEmail(MailA, "Första"), Delay("wait", delay), SendEmail(MailB, "Andra"), End());

    /// <summary>Start → Event <see cref="EventName"/> → WriteLine (<see cref="AfterEvent"/>) → End.</summary>
    public static JsonObject EventThenLog(string definitionId) =>
        Flowchart(definitionId, Start(), Event("ev", EventName), WriteLine(AfterEvent, "Händelsen har inträffat"), End());

    /// <summary>Start → ExecuteWorkflow <paramref name="childDefinitionId"/> (waits for it) → WriteLine (<see cref="AfterSubprocess"/>) → End.</summary>
    public static JsonObject SubprocessThenLog(string definitionId, string childDefinitionId) =>
        Flowchart(definitionId, Start(), ExecuteWorkflow("sub", childDefinitionId), WriteLine(AfterSubprocess, "Delprocessen är klar"), End());

    private static JsonObject Flowchart(string definitionId, params JsonObject[] chain)
    {
        var connections = new JsonArray();
        for (var i = 1; i < chain.Length; i++)
        {
            connections.Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = (string)chain[i - 1]["id"]!, ["port"] = "Done" },
                ["target"] = new JsonObject { ["activity"] = (string)chain[i]["id"]!, ["port"] = "In" },
            });
        }
        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = $"Integrationstest {definitionId}",
            ["root"] = new JsonObject
            {
                ["id"] = "flowchart",
                ["type"] = "Elsa.Flowchart",
                ["version"] = 1,
                ["activities"] = new JsonArray([.. chain]),
                ["connections"] = connections,
            },
        };
    }

    private static JsonObject Start() => Activity("start", "Elsa.Start");

    private static JsonObject End() => Activity("end", "Elsa.End");

    private static JsonObject Delay(string id, TimeSpan delay)
    {
        var activity = Activity(id, "Elsa.Delay");
        activity["timeSpan"] = Input("TimeSpan", "Literal", delay.ToString("c", CultureInfo.InvariantCulture));
        return activity;
    }

    private static JsonObject SendEmail(string id, string subject)
    {
        var activity = Activity(id, "ENamnd.SendEmail");
        activity["to"] = Input("String", "Literal", "handlaggare@example.org");
        activity["subject"] = Input("String", "Liquid", $"{subject}: ärende {{{{ Workflow.CorrelationId }}}}");
        activity["body"] = Input("String", "Literal", "Hej! Det här är ett test.");
        return activity;
    }

    private static JsonObject Event(string id, string name)
    {
        var activity = Activity(id, "Elsa.Event");
        activity["eventName"] = Input("String", "Literal", name);
        return activity;
    }

    private static JsonObject ExecuteWorkflow(string id, string childDefinitionId)
    {
        var activity = Activity(id, "Elsa.ExecuteWorkflow");
        activity["workflowDefinitionId"] = Input("String", "Literal", childDefinitionId);
        return activity;
    }

    private static JsonObject WriteLine(string id, string text)
    {
        var activity = Activity(id, "Elsa.WriteLine");
        activity["text"] = Input("String", "Literal", text);
        return activity;
    }

    private static JsonObject Activity(string id, string type) => new() { ["id"] = id, ["type"] = type, ["version"] = 1 };

    private static JsonObject Input(string typeName, string syntax, string value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value },
    };
}
