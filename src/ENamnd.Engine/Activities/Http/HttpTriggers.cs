using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities.Http;

/// <summary>
/// The HTTP endpoints that start a workflow, as Elsa indexes triggers: every <see cref="HttpEndpoint"/> marked
/// <c>canStartWorkflow</c>, and the one the root flowchart starts with. Their inputs are read without running anything,
/// so only literal and object values count; an endpoint whose path is a script starts nothing (it still answers
/// requests once an instance waits on it).
/// </summary>
public static class HttpTriggers
{
    /// <summary>The triggers of a workflow, one per endpoint and method.</summary>
    public static IReadOnlyList<HttpTrigger> Of(Workflow workflow)
    {
        var start = (workflow.Root as Flowchart)?.StartActivity;
        return
        [
            .. workflow.Nodes.Values.OfType<HttpEndpoint>()
                .Where(e => ReferenceEquals(e, start) || CanStartWorkflow(e))
                .SelectMany(e => PayloadsOf(e).Select(p => new HttpTrigger(e.Id, p))),
        ];
    }

    private static bool CanStartWorkflow(Activity activity) =>
        activity.CustomProperties["canStartWorkflow"] is JsonValue v && v.TryGetValue<bool>(out var yes) && yes;

    private static IEnumerable<HttpEndpointBookmarkPayload> PayloadsOf(HttpEndpoint endpoint)
    {
        if (!TryRead(endpoint.Path, out var path) || !TryRead(endpoint.SupportedMethods, out var methods)) return [];
        TryRead(endpoint.AllowAnonymous, out var allowAnonymous);
        TryRead(endpoint.RequestSizeLimit, out var sizeLimit);
        return HttpEndpoint.Payloads(path, methods, allowAnonymous, sizeLimit);
    }

    // A literal or object value without running anything; false for any other syntax or a value that does not convert.
    private static bool TryRead<T>(Input<T> input, out T? value)
    {
        value = default;
        var expression = input.Expression;
        try
        {
            switch (expression.Type)
            {
                case ExpressionTypes.Literal:
                    value = ValueConverter.Convert<T>(expression.Value);
                    return true;
                case ExpressionTypes.Object:
                    value = ValueConverter.Convert<T>(string.IsNullOrWhiteSpace(expression.Text) ? null : JsonNode.Parse(expression.Text));
                    return true;
                default:
                    return false;
            }
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
