using ENamnd.Host.Infrastructure.Security;
using ENamnd.Http;

namespace ENamnd.Host.Infrastructure.Http;

/// <summary>The shape every feature's API shares: a path prefix, an OpenAPI tag, the coordinator and the one rule for incoming text.</summary>
public static class ApiGroupExtensions
{
    /// <summary>
    /// Maps a group under <paramref name="prefix"/>, tagged <paramref name="tag"/>, that only a signed-in coordinator reaches,
    /// and declares the problems every endpoint of it may answer: 400 (a body, query or text it refuses), 401 and 429 (after
    /// too many wrong keys). An endpoint anyone may call opts out with <c>AllowAnonymous()</c>; the 404s and 409s of an
    /// endpoint are declared where it is mapped.
    /// </summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string prefix, string tag) =>
        app.MapGroup(prefix)
            .WithTags(tag)
            .RequireCoordinator()
            .WithRequestText()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>Describes the JSON body the endpoint reads by hand as <typeparamref name="T"/> (see <see cref="JsonBodyMetadata"/>).</summary>
    public static RouteHandlerBuilder ReadsJson<T>(this RouteHandlerBuilder builder) => builder.WithMetadata(new JsonBodyMetadata(typeof(T)));
}
