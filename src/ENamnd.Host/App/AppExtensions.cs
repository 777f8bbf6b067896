using MudBlazor.Services;

namespace ENamnd.Host.App;

/// <summary>Wiring of the coordinator's application: Blazor components rendered interactively on the server, with MudBlazor.</summary>
public static class AppExtensions
{
    /// <summary>Adds the component services and MudBlazor.</summary>
    public static WebApplicationBuilder AddENamndApp(this WebApplicationBuilder builder)
    {
        // The app's own and MudBlazor's files are served from where the build put them, also outside Development;
        // a published host has them in its wwwroot and no manifest, and then this does nothing.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        return builder;
    }

    /// <summary>Maps the pages (they require the signed-in coordinator, as every endpoint does by default) and their static files.</summary>
    public static WebApplication MapENamndApp(this WebApplication app)
    {
        // Stylesheets and scripts hold nothing secret; the login page may use them.
        app.MapStaticAssets().AllowAnonymous();
        // Blazor would send a policy of its own (frame-ancestors 'self'); the host's security headers decide instead.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
