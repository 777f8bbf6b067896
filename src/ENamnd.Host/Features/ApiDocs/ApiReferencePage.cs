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

    /// <summary>Maps the page and its script.</summary>
    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapScalarApiReference(Path, (options, context) =>
        {
            options.Title = ApiDocument.Title;
            options.OpenApiRoutePattern = ApiDocument.Route;
            options.Nonce = SecurityHeaders.ScriptNonce(context);
            options.DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp()
                .WithLocalization(new ScalarLocalizationOptions { Locale = "sv" });
        });
}
