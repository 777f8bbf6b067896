using ENamnd.Workflows;
using Microsoft.Extensions.Configuration.Json;

namespace ENamnd.Host;

/// <summary>Wiring of the host: configuration, the engine with the e-nämnd workflows, endpoints.</summary>
public static class HostExtensions
{
    private const string SettingsFile = "appsettings.json";

    /// <summary>Adds configuration and services.</summary>
    public static WebApplicationBuilder AddENamndHost(this WebApplicationBuilder builder)
    {
        UseRootSettings(builder);
        builder.Services.AddENamndWorkflows();
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>Maps the host's endpoints.</summary>
    public static WebApplication MapENamndEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        return app;
    }

    // Run from the repository root, the content root holds appsettings.json already. Run from anywhere
    // else, the copy built next to the binary is used, with the lowest precedence so environment
    // variables and the command line still override it.
    private static void UseRootSettings(WebApplicationBuilder builder)
    {
        if (File.Exists(Path.Combine(builder.Environment.ContentRootPath, SettingsFile))) return;
        var copy = Path.Combine(AppContext.BaseDirectory, SettingsFile);
        if (!File.Exists(copy)) return;
        var source = new JsonConfigurationSource { Path = copy, Optional = false, ReloadOnChange = false };
        source.ResolveFileProvider();
        builder.Configuration.Sources.Insert(0, source);
    }
}
