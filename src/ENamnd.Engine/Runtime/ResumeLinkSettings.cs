namespace ENamnd.Engine.Runtime;

/// <summary>
/// Where resume links point and how long their tokens work. A host registers one with its public address; without it,
/// links are relative to <c>/elsa/api</c> and tokens work for <see cref="DefaultLifetime"/>.
/// </summary>
public sealed record ResumeLinkSettings
{
    /// <summary>The lifetime of a token when the workflow names none (Elsa's default is a day; links in letters need longer).</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(30);

    /// <summary>The settings used when the host registered none.</summary>
    public static readonly ResumeLinkSettings Default = new();

    /// <summary>The API's public address the routes hang under, e.g. <c>https://enamnd.example.org/elsa/api</c>.</summary>
    public string ApiBaseUrl { get; init; } = "/elsa/api";

    /// <summary>How long a token works when the workflow names no lifetime or expiry.</summary>
    public TimeSpan Lifetime { get; init; } = DefaultLifetime;

    /// <summary>The link that resumes a bookmark.</summary>
    public string BookmarkUrl(string token) => $"{ApiBaseUrl.TrimEnd('/')}/bookmarks/resume?t={Uri.EscapeDataString(token)}";

    /// <summary>The link that triggers an event.</summary>
    public string EventUrl(string token) => $"{ApiBaseUrl.TrimEnd('/')}/events/trigger?t={Uri.EscapeDataString(token)}";
}
