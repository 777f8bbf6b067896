namespace ENamnd.Http;

/// <summary>What kind of client a request comes from, for answers that differ between a browser page and an API client.</summary>
public static class RequestKind
{
    /// <summary>Whether the request comes from a browser page (it accepts <c>text/html</c>).</summary>
    public static bool WantsPage(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
