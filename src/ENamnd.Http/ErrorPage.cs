using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ENamnd.Http;

/// <summary>The plain Swedish page a browser gets when a request went wrong: a heading, what to do, and a code to quote.</summary>
public static class ErrorPage
{
    // Escapes markup characters only; the page is UTF-8, so Swedish letters stay readable.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Writes the page with <paramref name="statusCode"/>; <paramref name="correlationId"/>, when given, is shown as the error code.</summary>
    public static Task WriteAsync(HttpContext context, int statusCode, string heading, string text, string? correlationId = null)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(Render(heading, text, correlationId), context.RequestAborted);
    }

    private static string Render(string heading, string text, string? correlationId) => $$"""
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Html.Encode(heading)}} – ENamnd</title>
        <style>body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5; }</style>
        </head>
        <body>
        <main>
        <h1>{{Html.Encode(heading)}}</h1>
        <p>{{Html.Encode(text)}}</p>
        {{(correlationId is null ? "" : $"<p>Felkod: <code>{Html.Encode(correlationId)}</code></p>")}}
        </main>
        </body>
        </html>
        """;
}
