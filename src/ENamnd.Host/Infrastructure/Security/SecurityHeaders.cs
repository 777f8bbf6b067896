namespace ENamnd.Host.Infrastructure.Security;

/// <summary>
/// The security headers every answer carries, decided here once: <c>nosniff</c>, no referrer and no framing on every
/// response, and on every HTML page (the application's, the login, task and designer pages, Hangfire's dashboard) a
/// content security policy and <c>Cache-Control: no-store</c>. A page with stricter needs sets its own policy, which is
/// kept; everything else gets <see cref="DefaultPolicy"/>.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>
    /// The policy of a page that sets none: scripts and styles from the host only (inline styles allowed, which MudBlazor
    /// and Hangfire's dashboard use), the Blazor connection to the host, no plug-ins, no framing.
    /// </summary>
    public const string DefaultPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers just before the response starts, when its content type is known.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (string.IsNullOrEmpty(headers["Referrer-Policy"])) headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = DefaultPolicy;
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
