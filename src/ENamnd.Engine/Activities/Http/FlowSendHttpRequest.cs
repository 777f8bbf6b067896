using System.Globalization;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities.Http;

/// <summary>
/// Sends an HTTP request and continues through outcome ports (Elsa's <c>FlowSendHttpRequest</c>): the status code itself
/// (e.g. <c>200</c>) when it is one of the expected ones, else <c>Unmatched status code</c>, and <c>Done</c> after either;
/// <c>Failed to connect</c> or <c>Timeout</c> when no response came.
/// </summary>
[Activity("Elsa", "FlowSendHttpRequest", Category = "HTTP", DisplayName = "HTTP-anrop (flöde)", Kind = ActivityKind.Task,
    Description = "Skickar en HTTP-begäran och går vidare via en utgång per förväntad statuskod.")]
[FlowNode(Ports.Done, UnmatchedStatusCode, FailedToConnect, Timeout)]
public sealed class FlowSendHttpRequest : SendHttpRequestBase
{
    /// <summary>The outcome of a status code that is not expected.</summary>
    public const string UnmatchedStatusCode = "Unmatched status code";

    /// <summary>The outcome of a failed connection.</summary>
    public const string FailedToConnect = "Failed to connect";

    /// <summary>The outcome of a timeout.</summary>
    public const string Timeout = "Timeout";

    /// <summary>The expected status codes; each is an outcome port.</summary>
    [Input(DisplayName = "Förväntade statuskoder", Description = "Varje kod blir en egen utgång, t.ex. 200 och 404.", UIHint = "multitext", Order = 5.1f)]
    public Input<List<int>> ExpectedStatusCodes { get; set; } = new([200]);

    /// <inheritdoc />
    protected override void OnResponse(ActivityExecutionContext context, int statusCode)
    {
        var expected = context.Get(ExpectedStatusCodes) ?? [];
        // As Elsa: no expected codes means only Done.
        if (expected.Count == 0) context.Complete(Ports.Done);
        else context.Complete(expected.Contains(statusCode) ? statusCode.ToString(CultureInfo.InvariantCulture) : UnmatchedStatusCode, Ports.Done);
    }

    /// <inheritdoc />
    protected override void OnFailedToConnect(ActivityExecutionContext context) => context.Complete(FailedToConnect);

    /// <inheritdoc />
    protected override void OnTimeout(ActivityExecutionContext context) => context.Complete(Timeout);
}
