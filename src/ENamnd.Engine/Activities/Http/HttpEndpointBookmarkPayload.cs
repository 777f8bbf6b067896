namespace ENamnd.Engine.Activities.Http;

/// <summary>
/// What an <see cref="HttpEndpoint"/> waits for, as Elsa's payload of the same name: a path template and one method (an
/// endpoint with several methods waits with one bookmark per method), with how the endpoint is protected.
/// </summary>
public sealed record HttpEndpointBookmarkPayload
{
    /// <summary>The path template below the base path, with a leading '/' and no trailing one, e.g. <c>/orders/{id}</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The method, upper case.</summary>
    public required string Method { get; init; }

    /// <summary>Whether callers need no coordinator sign-in (ENamnd's reversal of Elsa's <c>Authorize</c>).</summary>
    public bool AllowAnonymous { get; init; }

    /// <summary>The endpoint's own, lower limit of the request body in bytes, if it has one.</summary>
    public long? RequestSizeLimit { get; init; }

    /// <summary>A payload with the path and method normalized as matching expects them.</summary>
    public static HttpEndpointBookmarkPayload Create(string path, string method, bool allowAnonymous, long? requestSizeLimit) => new()
    {
        Path = NormalizePath(path),
        Method = method.Trim().ToUpperInvariant(),
        AllowAnonymous = allowAnonymous,
        RequestSizeLimit = requestSizeLimit,
    };

    /// <summary>A path with one leading '/', no trailing one and no doubled ones: <c>orders/{id}/</c> becomes <c>/orders/{id}</c>.</summary>
    public static string NormalizePath(string? path) =>
        "/" + string.Join('/', (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
