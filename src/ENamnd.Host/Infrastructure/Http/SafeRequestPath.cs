using ENamnd.Http;

namespace ENamnd.Host.Infrastructure.Http;

/// <summary>
/// The request's path as logs and traces may show it: the route pattern for an endpoint marked <see cref="SecretInPath"/>,
/// a fixed text for any other path under <c>/kalender</c> (a feed's token, before routing or when no route matched), else the path.
/// </summary>
public static class SafeRequestPath
{
    // The calendar feeds' prefix (CalendarFeedLinks.Route); Infrastructure cannot name the feature, so it is repeated here.
    private const string SecretPrefix = "/kalender";

    /// <summary>What a path under the secret prefix that no marked endpoint names is shown as.</summary>
    public const string Hidden = "/kalender/(dold sökväg)";

    /// <summary>The path as requested: path base and path, never the query.</summary>
    public static string Raw(HttpContext context) =>
        context.Request.PathBase.HasValue || context.Request.Path.HasValue ? (context.Request.PathBase + context.Request.Path).ToString() : "/";

    /// <summary>The path that may be shown for <paramref name="context"/>'s request; equal to <see cref="Raw"/> when it holds no secret.</summary>
    public static string Of(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<SecretInPath>() is not null) return SecretInPath.ForLog(context);
        return context.Request.Path.StartsWithSegments(SecretPrefix, StringComparison.OrdinalIgnoreCase) ? Hidden : Raw(context);
    }
}
