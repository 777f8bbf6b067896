using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;

namespace ENamnd.Designer.Hosting;

/// <summary>The HTML of the designer pages: our Swedish header around one Elsa Studio element, with no external resources.</summary>
internal static class DesignerPage
{
    /// <summary>The page title.</summary>
    public const string Title = "Arbetsflöden – ENamnd";

    // Every resource comes from this host, so the browser itself refuses fonts, scripts or calls to anywhere else. Within
    // that, the unmodified bundle needs a lot: the editor renders inline <script> blocks (its hotkeys), the diagram and
    // Monaco scripts contain eval paths, Blazor compiles WebAssembly, and MudBlazor, Radzen and Monaco set inline styles.
    private const string SecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    // Escapes markup characters only; the page is UTF-8, so Swedish letters stay readable.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// A page hosting <paramref name="element"/>, which the Elsa Studio bundle turns into the designer, below our own
    /// <paramref name="notice"/> (markup this host built, e.g. <see cref="FaultNotice"/>) when there is one.
    /// </summary>
    public static IResult Studio(HttpContext context, DesignerSection section, DesignerElement element, string? notice = null) =>
        Result(context, section, (notice ?? "") + element.ToHtml(Html), loadsBundle: true, StatusCodes.Status200OK);

    /// <summary>
    /// The notice above the viewer of a faulted instance: which activity failed and why, and a "Försök igen" button that
    /// asks Elsa's retry route (<c>POST /alterations/workflows/retry</c>, as Elsa's API client does) to run it again.
    /// </summary>
    public static string FaultNotice(HttpRequest request, string instanceId, Engine.Runtime.WorkflowIncident incident) => $"""
        <section class="enamnd-fault" aria-labelledby="enamnd-fault-heading">
        <h1 id="enamnd-fault-heading">Instansen stoppades av ett fel</h1>
        <p>Aktiviteten <strong>{Html.Encode(incident.ActivityId)}</strong> fick fel: {Html.Encode(incident.Message)}</p>
        <p>Rätta orsaken (till exempel en variabel eller en extern tjänst) och försök sedan igen. Aktiviteter som redan är klara körs inte om.</p>
        <button type="button" data-enamnd-retry="{Html.Encode(instanceId)}" data-enamnd-retry-url="{Html.Encode(DesignerPaths.RemoteEndpoint(request) + "/alterations/workflows/retry")}">Försök igen</button>
        <p data-enamnd-retry-status aria-live="polite"></p>
        </section>
        """;

    /// <summary>A page with a heading and a message instead of the designer, e.g. for a workflow that does not exist.</summary>
    public static IResult Message(HttpContext context, DesignerSection section, string heading, string message, int statusCode)
    {
        var body = $"""
            <div class="enamnd-message">
            <h1>{Html.Encode(heading)}</h1>
            <p>{Html.Encode(message)}</p>
            <p><a href="{Html.Encode(DesignerPaths.List(context.Request))}">Till arbetsflödena</a></p>
            </div>
            """;
        return Result(context, section, body, loadsBundle: false, statusCode);
    }

    private static IResult Result(HttpContext context, DesignerSection section, string body, bool loadsBundle, int statusCode)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.ContentSecurityPolicy = SecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        return TypedResults.Content(Render(context.Request, section, body, loadsBundle), "text/html; charset=utf-8", statusCode: statusCode);
    }

    private static string Render(HttpRequest request, DesignerSection section, string body, bool loadsBundle) => $$"""
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Title}}</title>
        <base href="{{Html.Encode(DesignerPaths.Base(request))}}">
        <link rel="icon" type="image/png" sizes="32x32" href="_content/Elsa.Studio.Shell/favicon-32x32.png">
        {{(loadsBundle ? Stylesheets : "")}}
        <style>
        body { margin: 0; font-family: system-ui, sans-serif; }
        .enamnd-header { display: flex; align-items: center; gap: 1.5rem; height: 3rem; padding: 0 1rem; box-sizing: border-box;
          background: #1f3a5f; color: #fff; font-size: .95rem; }
        .enamnd-header a, .enamnd-header button { color: inherit; text-decoration: none; font: inherit; }
        .enamnd-header a[aria-current="page"] { font-weight: 600; text-decoration: underline; }
        .enamnd-header nav { display: flex; gap: 1.25rem; }
        .enamnd-header form { margin: 0 0 0 auto; }
        .enamnd-header button { background: none; border: 0; padding: 0; cursor: pointer; }
        .enamnd-designer { height: calc(100vh - 3rem); overflow: auto; }
        .enamnd-message { max-width: 40rem; margin: 3rem auto; padding: 0 1rem; }
        .enamnd-fault { margin: 1rem; padding: .75rem 1rem; border-left: .3rem solid #b3261e; background: #fdecea; color: #410e0b; }
        .enamnd-fault h1 { font-size: 1.15rem; margin: 0 0 .5rem; }
        .enamnd-fault p { margin: .25rem 0; }
        .enamnd-fault button { margin-top: .5rem; padding: .4rem 1rem; border: 0; border-radius: .25rem; background: #1f3a5f; color: #fff; font: inherit; cursor: pointer; }
        .enamnd-fault button:disabled { background: #5c6b7d; cursor: progress; }
        </style>
        </head>
        <body>
        <header class="enamnd-header">
        <strong>ENamnd</strong>
        {{MainMenu(request)}}
        <nav aria-label="Designer">
        <a href="{{Html.Encode(DesignerPaths.List(request))}}"{{Current(section, DesignerSection.Definitions)}}>Arbetsflöden</a>
        <a href="{{Html.Encode(DesignerPaths.Instances(request))}}"{{Current(section, DesignerSection.Instances)}}>Instanser</a>
        </nav>
        <form method="post" action="{{Html.Encode(DesignerPaths.Logout(request))}}"><button type="submit">Logga ut</button></form>
        </header>
        <main class="enamnd-designer">
        {{body}}
        </main>
        {{(loadsBundle ? Scripts : "")}}
        </body>
        </html>
        """;

    // The host's main menu; the designer's own entry ("Arbetsflöden") is the page itself.
    private static string MainMenu(HttpRequest request)
    {
        var links = request.HttpContext.RequestServices.GetRequiredService<IOptions<DesignerOptions>>().Value.MainMenu;
        if (links.Count == 0) return "";
        var items = links.Select(l => l.Href == DesignerPaths.Root
            ? $"<a href=\"{Html.Encode(request.PathBase + l.Href)}\" aria-current=\"page\">{Html.Encode(l.Text)}</a>"
            : $"<a href=\"{Html.Encode(request.PathBase + l.Href)}\">{Html.Encode(l.Text)}</a>");
        return $"<nav aria-label=\"Huvudmeny\">{string.Concat(items)}</nav>";
    }

    private static string Current(DesignerSection section, DesignerSection link) => section == link ? " aria-current=\"page\"" : "";

    // The bundle's own index.html minus its font links to a CDN (the components fall back to the system fonts).
    private const string Stylesheets = """
        <link href="_content/MudBlazor/MudBlazor.min.css" rel="stylesheet">
        <link href="_content/CodeBeam.MudBlazor.Extensions/MudExtensions.min.css" rel="stylesheet">
        <link href="_content/Radzen.Blazor/css/material-base.css" rel="stylesheet">
        <link href="_content/Elsa.Studio.Shell/css/shell.css" rel="stylesheet">
        <link href="Elsa.Studio.Host.CustomElements.styles.css" rel="stylesheet">
        """;

    private const string Scripts = """
        <div id="blazor-error-ui">
        Ett oväntat fel uppstod i designern.
        <a href="" class="reload">Ladda om sidan</a>
        <a class="dismiss">🗙</a>
        </div>
        <script src="_content/BlazorMonaco/jsInterop.js"></script>
        <script src="_content/BlazorMonaco/lib/monaco-editor/min/vs/loader.js"></script>
        <script src="_content/BlazorMonaco/lib/monaco-editor/min/vs/editor/editor.main.js"></script>
        <script src="_content/MudBlazor/MudBlazor.min.js"></script>
        <script src="_content/CodeBeam.MudBlazor.Extensions/MudExtensions.min.js"></script>
        <script src="_content/Radzen.Blazor/Radzen.Blazor.js"></script>
        <script src="enamnd-designer.js"></script>
        <script src="_framework/blazor.webassembly.js"></script>
        """;
}
