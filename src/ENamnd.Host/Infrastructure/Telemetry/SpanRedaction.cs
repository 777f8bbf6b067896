using System.Diagnostics;
using ENamnd.Host.Infrastructure.Http;

namespace ENamnd.Host.Infrastructure.Telemetry;

/// <summary>
/// Keeps secrets in URL paths out of exported spans: a server span of a path that holds one shows <see cref="SafeRequestPath"/>
/// instead, and an outgoing request marked with <see cref="HideUrlPath"/> shows only its scheme, host and port.
/// </summary>
public static class SpanRedaction
{
    /// <summary>Set on an outgoing request whose URL path may hold a secret (a subscriber's webhook URL): its spans show only scheme://host:port.</summary>
    public static readonly HttpRequestOptionsKey<bool> HideUrlPath = new("ENamnd.HideUrlPath");

    private const string OriginProperty = "ENamnd.UrlOrigin";

    /// <summary>Rewrites every tag and the name of a server span that hold the raw path, when the path holds a secret.</summary>
    /// <remarks>Called when the request starts (by prefix, before routing) and when it ends (by endpoint metadata).</remarks>
    public static void Server(Activity activity, HttpContext context)
    {
        var raw = SafeRequestPath.Raw(context);
        var safe = SafeRequestPath.Of(context);
        if (safe == raw) return;
        foreach (var (key, value) in activity.TagObjects.ToList())
            if (value is string text && text.Contains(raw, StringComparison.Ordinal)) activity.SetTag(key, key == "url.path" ? safe : text.Replace(raw, safe, StringComparison.Ordinal));
        activity.SetTag("url.path", safe);
        if (activity.DisplayName.Contains(raw, StringComparison.Ordinal)) activity.DisplayName = activity.DisplayName.Replace(raw, safe, StringComparison.Ordinal);
    }

    /// <summary>Rewrites the URL tags of a client span to scheme://host:port when its request is marked with <see cref="HideUrlPath"/>.</summary>
    public static void Client(Activity activity, HttpRequestMessage? request)
    {
        if (request?.RequestUri is not { IsAbsoluteUri: true } uri || !request.Options.TryGetValue(HideUrlPath, out var hide) || !hide) return;
        var origin = $"{uri.Scheme}://{uri.Host}:{uri.Port}";
        activity.SetCustomProperty(OriginProperty, origin);
        Hide(activity, origin);
    }

    /// <summary>Rewrites the URL tags of a client span again when its request failed, if it was marked when it started.</summary>
    public static void ClientFailed(Activity activity)
    {
        if (activity.GetCustomProperty(OriginProperty) is string origin) Hide(activity, origin);
    }

    private static void Hide(Activity activity, string origin)
    {
        foreach (var (key, value) in activity.TagObjects.ToList())
            if (key is "url.full" or "http.url" or "url.path" or "url.query" or "http.target" && value is string) activity.SetTag(key, key is "url.full" or "http.url" ? origin : null);
        if (activity.GetTagItem("url.full") is null) activity.SetTag("url.full", origin);
    }
}
