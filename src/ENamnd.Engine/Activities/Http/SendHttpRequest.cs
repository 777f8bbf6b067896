using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Activities.Http;

/// <summary>
/// Sends an HTTP request and runs the activity of the expected status code the response has, else
/// <see cref="UnmatchedStatusCode"/>; <see cref="FailedToConnect"/> or <see cref="Timeout"/> when no response came (Elsa's
/// <c>SendHttpRequest</c>, with its embedded ports). It completes when what it ran has completed.
/// </summary>
[Activity("Elsa", "SendHttpRequest", Category = "HTTP", DisplayName = "HTTP-anrop", Kind = ActivityKind.Task,
    Description = "Skickar en HTTP-begäran och kör aktiviteten för svarets statuskod.")]
public sealed class SendHttpRequest : SendHttpRequestBase
{
    /// <summary>The expected status codes, each with the activity to run.</summary>
    [Input(DisplayName = "Förväntade statuskoder", Description = "Statuskoder och aktiviteten som körs för var och en.", UIHint = "http-status-codes", Order = 5.1f)]
    public List<HttpStatusCodeCase> ExpectedStatusCodes { get; set; } = [];

    /// <summary>Run when the status code is none of the expected ones.</summary>
    [Port(DisplayName = "Oväntad statuskod")]
    public Activity? UnmatchedStatusCode { get; set; }

    /// <summary>Run when the connection failed.</summary>
    [Port(DisplayName = "Kunde inte ansluta")]
    public Activity? FailedToConnect { get; set; }

    /// <summary>Run when the request timed out.</summary>
    [Port(DisplayName = "Tidsgräns")]
    public Activity? Timeout { get; set; }

    /// <inheritdoc />
    public override IEnumerable<Activity> Children => ExpectedStatusCodes.Select(c => c.Activity).OfType<Activity>().Concat(base.Children);

    /// <inheritdoc />
    protected override void OnResponse(ActivityExecutionContext context, int statusCode) =>
        Run(context, ExpectedStatusCodes.FirstOrDefault(c => c.StatusCode == statusCode) is { } matching ? matching.Activity : UnmatchedStatusCode);

    /// <inheritdoc />
    protected override void OnFailedToConnect(ActivityExecutionContext context) => Run(context, FailedToConnect);

    /// <inheritdoc />
    protected override void OnTimeout(ActivityExecutionContext context) => Run(context, Timeout);

    /// <inheritdoc />
    protected internal override void ReadJson(ActivityJsonReader reader)
    {
        ExpectedStatusCodes = [];
        if (reader.Take("expectedStatusCodes") is not JsonArray cases) return;
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i] is not JsonObject json || !int.TryParse(json["statusCode"]?.ToString(), out var code))
            {
                reader.AddError($"expectedStatusCodes[{i}]", "en förväntad statuskod måste vara ett objekt med statusCode.");
                continue;
            }
            ExpectedStatusCodes.Add(new HttpStatusCodeCase(code, reader.ReadActivity(json["activity"], $"expectedStatusCodes[{i}].activity")));
        }
    }

    /// <inheritdoc />
    protected internal override void WriteJson(ActivityJsonWriter writer) =>
        writer.Json["expectedStatusCodes"] = new JsonArray([.. ExpectedStatusCodes.Select(c => (JsonNode)new JsonObject
        {
            ["statusCode"] = c.StatusCode,
            ["activity"] = c.Activity is null ? null : writer.WriteActivity(c.Activity),
        })]);

    // Without an activity to run the request activity completes at once (the executor completes an execution with no work left).
    private static void Run(ActivityExecutionContext context, Activity? activity)
    {
        if (activity is not null) context.ScheduleChild(activity);
    }
}
