using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>The coordinator login page: plain Swedish HTML with no external resources.</summary>
internal static class LoginPage
{
    private const string SecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    // Escapes markup characters only; the page is UTF-8, so Swedish letters stay readable.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The page with an optional error message, returning to <paramref name="returnUrl"/> (local) after sign-in.</summary>
    public static IResult Result(HttpContext context, string? returnUrl, string? error, int statusCode)
    {
        context.Response.Headers.ContentSecurityPolicy = SecurityPolicy;
        var action = context.Request.PathBase + CoordinatorLogin.LoginPath;
        return TypedResults.Content(Render(action, returnUrl, error), "text/html; charset=utf-8", statusCode: statusCode);
    }

    private static string Render(string action, string? returnUrl, string? error) => $$"""
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Logga in – ENamnd</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 24rem; margin: 4rem auto; padding: 0 1rem; }
        label, input, button { display: block; width: 100%; box-sizing: border-box; font-size: 1rem; }
        input { margin: .4rem 0 1rem; padding: .5rem; }
        button { padding: .6rem; cursor: pointer; }
        .fel { color: #a40000; }
        </style>
        </head>
        <body>
        <main>
        <h1>Logga in som samordnare</h1>
        {{(error is null ? "" : $"<p class=\"fel\" role=\"alert\">{Html.Encode(error)}</p>")}}
        <form method="post" action="{{Html.Encode(action)}}">
        <input type="hidden" name="{{CoordinatorLogin.ReturnUrlField}}" value="{{Html.Encode(returnUrl ?? "")}}">
        <label for="key">Samordnarnyckel</label>
        <input id="key" name="{{CoordinatorLogin.KeyField}}" type="password" autocomplete="current-password" required autofocus>
        <button type="submit">Logga in</button>
        </form>
        </main>
        </body>
        </html>
        """;
}
