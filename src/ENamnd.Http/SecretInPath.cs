using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ENamnd.Http;

/// <summary>
/// Endpoint metadata of a route whose path carries a secret (a calendar feed's token): logs name the request by the
/// route's pattern (<c>/kalender/{token}.ics</c>), never by its path. <see cref="ForLog"/> is the one place that decides it.
/// </summary>
public sealed class SecretInPath
{
    private static readonly SecretInPath Instance = new();

    private SecretInPath()
    {
    }

    /// <summary>Marks the endpoints of <paramref name="builder"/> as carrying a secret in their path.</summary>
    public static TBuilder On<TBuilder>(TBuilder builder) where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(Instance);

    /// <summary>The request's path as logs may show it: the route pattern for a marked endpoint, else the path (never the query).</summary>
    public static string ForLog(HttpContext context, string? path = null)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<SecretInPath>() is null) return path ?? context.Request.Path.Value ?? "";
        return endpoint is RouteEndpoint route ? route.RoutePattern.RawText ?? "(dold sökväg)" : "(dold sökväg)";
    }
}
