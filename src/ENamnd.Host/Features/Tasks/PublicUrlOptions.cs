namespace ENamnd.Host.Features.Tasks;

/// <summary>Where participants reach the host (<c>Host</c> section); links in emails are built from it, never from a request.</summary>
public sealed class PublicUrlOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Host";

    /// <summary>The public base address, e.g. <c>https://enamnd.example.org</c>.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Whether <paramref name="url"/> is an absolute http(s) address with no query, fragment or user info.</summary>
    public static bool IsValid(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;
}
