namespace ENamnd.Host.Infrastructure.Security;

/// <summary>
/// The security headers every answer carries, decided here once: <c>nosniff</c>, no referrer and no framing on every
/// response, and on every HTML page (the application's, the login, task and designer pages, Hangfire's dashboard) a
/// content security policy and <c>Cache-Control: no-store</c>. A page with stricter needs sets its own policy, which is
/// kept; a page with inline scripts of its own (the API reference) asks for a <see cref="ScriptNonce"/>, which only its
/// own script tags carry; everything else gets <see cref="DefaultPolicy"/>.
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

    private const string NonceItem = "ENamnd.ScriptNonce";

    /// <summary>
    /// A fresh nonce for this response's inline scripts: the policy then also allows scripts whose tag carries it
    /// (<c>script-src 'self' 'nonce-…'</c>) and nothing else changes.
    /// </summary>
    public static string ScriptNonce(HttpContext context)
    {
        if (context.Items[NonceItem] is string nonce) return nonce;
        // Hex: nothing in it needs escaping in an HTML attribute or a header.
        nonce = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        context.Items[NonceItem] = nonce;
        return nonce;
    }

    /// <summary>Adds the headers just before the response starts, when its content type is known.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            var response = context.Response;
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (string.IsNullOrEmpty(headers["Referrer-Policy"])) headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = Policy(context);
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    private static string Policy(HttpContext context) => context.Items[NonceItem] is string nonce
        ? DefaultPolicy.Replace("script-src 'self';", $"script-src 'self' 'nonce-{nonce}';", StringComparison.Ordinal)
        : DefaultPolicy;
}
