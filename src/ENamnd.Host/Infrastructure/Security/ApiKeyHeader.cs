namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Reads <c>Authorization: ApiKey &lt;key&gt;</c>, the header Elsa Studio sends.</summary>
internal static class ApiKeyHeader
{
    /// <summary>The header value's prefix.</summary>
    public const string Prefix = "ApiKey ";

    /// <summary>Whether the request carries an ApiKey authorization header.</summary>
    public static bool IsPresent(HttpRequest request) => TryRead(request, out _);

    /// <summary>The key in the request's ApiKey authorization header, if it has one.</summary>
    public static bool TryRead(HttpRequest request, out string key)
    {
        key = string.Empty;
        var values = request.Headers.Authorization;
        if (values.Count != 1 || values[0] is not { } value) return false;
        if (!value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return false;
        key = value[Prefix.Length..].Trim();
        return true;
    }
}
