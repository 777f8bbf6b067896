namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Accepts only local return URLs, so the login page cannot send anyone to another site.</summary>
internal static class LocalUrl
{
    /// <summary><paramref name="url"/> when it is a path on this site (<c>/…</c>, not <c>//…</c> or <c>/\…</c>); otherwise null.</summary>
    public static string? OrNull(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/') return null;
        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\')) return null;
        // Browsers drop tabs and line breaks from URLs, which could turn "/\t/evil" into "//evil".
        return url.Any(char.IsControl) ? null : url;
    }
}
