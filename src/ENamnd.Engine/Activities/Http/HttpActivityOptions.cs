namespace ENamnd.Engine.Activities.Http;

/// <summary>
/// Settings of the HTTP activities and the workflow endpoints (Elsa's <c>HttpActivityOptions</c>): where the endpoints live
/// and how large a request or a response may be.
/// </summary>
public sealed class HttpActivityOptions
{
    /// <summary>The configuration section, <c>HttpWorkflows</c>.</summary>
    public const string Section = "HttpWorkflows";

    /// <summary>One mebibyte, the default of both size limits.</summary>
    public const long OneMebibyte = 1024 * 1024;

    /// <summary>The path the workflow endpoints live under, Elsa's default <c>/workflows</c>.</summary>
    public string BasePath { get; set; } = "/workflows";

    /// <summary>The largest request body a workflow endpoint reads; a larger one is refused with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = OneMebibyte;

    /// <summary>The largest response body an HTTP activity writes or reads.</summary>
    public long MaxResponseBodyBytes { get; set; } = OneMebibyte;

    /// <summary>The options in the container, or the defaults when none are registered (e.g. an engine on its own).</summary>
    public static HttpActivityOptions Of(IServiceProvider services) =>
        services.GetService(typeof(HttpActivityOptions)) as HttpActivityOptions ?? new HttpActivityOptions();
}
