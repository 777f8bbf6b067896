using ENamnd.Host.Infrastructure.Security;
using ENamnd.Http;

namespace ENamnd.Host.Infrastructure.Http;

/// <summary>The shape every feature's API shares: a path prefix, an OpenAPI tag, the coordinator and the one rule for incoming text.</summary>
public static class ApiGroupExtensions
{
    /// <summary>
    /// Maps a group under <paramref name="prefix"/>, tagged <paramref name="tag"/>, that only a signed-in coordinator reaches,
    /// and declares the problems its authentication answers (401, and 429 after too many wrong keys). An endpoint anyone may
    /// call opts out with <c>AllowAnonymous()</c>; the 400s, 404s and 409s of an endpoint are declared where it is mapped.
    /// </summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string prefix, string tag) =>
        app.MapGroup(prefix)
            .WithTags(tag)
            .RequireCoordinator()
            .WithRequestText()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
