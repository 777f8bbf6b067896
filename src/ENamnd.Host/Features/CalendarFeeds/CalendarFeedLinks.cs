using ENamnd.Host.Features.Tasks;

namespace ENamnd.Host.Features.CalendarFeeds;

/// <summary>The addresses of the feeds, built from <c>Host:PublicBaseUrl</c> (never from a request): <c>{base}/kalender/{token}.ics</c>.</summary>
public sealed class CalendarFeedLinks(TaskLinkBuilder links)
{
    /// <summary>The route of a feed.</summary>
    public const string Route = "/kalender/{token}.ics";

    /// <summary>The https (or http) address of a feed, to paste into Outlook or Google.</summary>
    public string UrlOf(string token) => links.Absolute($"/kalender/{Uri.EscapeDataString(token)}.ics");

    /// <summary>The same address as <c>webcal:</c>, which calendar programs open as a subscription.</summary>
    public string WebcalOf(string token)
    {
        var url = UrlOf(token);
        return "webcal" + url[url.IndexOf(':', StringComparison.Ordinal)..];
    }
}
