namespace ENamnd.Engine.Activities.Http;

/// <summary>
/// One inbound request that a step of one instance answers: what the endpoint receives and what the response activity
/// writes (Elsa reads both from the ASP.NET Core <c>HttpContext</c>; the engine knows no ASP.NET Core, so the host hands
/// this over through <see cref="HttpExchangeAccessor"/> and sends the response after the step is committed).
/// </summary>
public sealed class HttpExchange(string instanceId, HttpRequestData request)
{
    private int taken;

    /// <summary>The instance whose step answers the request; other instances do not see it.</summary>
    public string InstanceId { get; } = instanceId;

    /// <summary>The request.</summary>
    public HttpRequestData Request { get; } = request;

    /// <summary>The response, once a <see cref="WriteHttpResponse"/> has written it.</summary>
    public HttpResponseData? Response { get; internal set; }

    /// <summary>Hands the request to one endpoint; false when an endpoint already took it in this step.</summary>
    internal bool TryTake() => Interlocked.Exchange(ref taken, 1) == 0;
}
