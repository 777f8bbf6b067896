using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities.Http;

/// <summary>
/// The request the current call of the runtime answers, as Elsa's activities reach the <c>HttpContext</c>: an async-local
/// value that the host sets around its call and that flows into the step it runs.
/// </summary>
public sealed class HttpExchangeAccessor
{
    private static readonly AsyncLocal<HttpExchange?> Current = new();

    /// <summary>The exchange of the current call, if any.</summary>
    public HttpExchange? Exchange
    {
        get => Current.Value;
        set => Current.Value = value;
    }

    /// <summary>The exchange that <paramref name="context"/>'s instance answers; null outside an HTTP request or for another instance.</summary>
    public static HttpExchange? Of(ActivityExecutionContext context) =>
        (context.Services.GetService(typeof(HttpExchangeAccessor)) as HttpExchangeAccessor)?.Exchange is { } exchange
        && exchange.InstanceId == context.WorkflowContext.Instance.Id
            ? exchange
            : null;
}
