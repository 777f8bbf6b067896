using ENamnd.Host.Infrastructure.Security;
using Scalar.AspNetCore;

namespace ENamnd.Host.Features.ApiDocs;

/// <summary>
/// The interactive reference of the API (Scalar) at <see cref="Path"/>: its script is the one the package embeds, served
/// by the host; nothing is fetched from elsewhere (no web fonts, no telemetry, no AI agent, no proxy).
/// </summary>
public static class ApiReferencePage
{
    /// <summary>The page's address.</summary>
    public const string Path = "/api-docs";

    // WCAG 2.1 AA: Scalar's light theme draws the HTTP methods, the search placeholder and muted text at 3–4:1; these
    // colours reach 4.5:1 on its backgrounds. Doubled class: more specific than the theme's own rule, whatever the order.
    private const string ContrastCss =
        ".light-mode.light-mode{--scalar-color-2:#595959;--scalar-color-3:#616161;--scalar-color-accent:#0060a0;" +
        "--scalar-color-green:#00704a;--scalar-color-red:#b0000a;--scalar-color-yellow:#7a5c00;--scalar-color-blue:#005a9c;" +
        "--scalar-color-orange:#a03e00;--scalar-color-purple:#5203d1;--scalar-color-query:#006166}";

    /// <summary>Maps the page and its script.</summary>
    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapScalarApiReference(Path, (options, context) =>
        {
            var nonce = SecurityHeaders.ScriptNonce(context);
            options.Title = ApiDocument.Title;
            options.OpenApiRoutePattern = ApiDocument.Route;
            options.Nonce = nonce;
            // The page's language, which Scalar's template does not set on <html> (WCAG 3.1.1).
            options.HeadContent = $"<script nonce=\"{nonce}\">document.documentElement.lang = 'sv';</script>";
            options.CustomCss = ContrastCss;
            options.DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp().HideDeveloperTools()
                .ForceLightMode().HideDarkModeToggle()
                .WithLocalization(new ScalarLocalizationOptions { Locale = "sv" });
        });
}
