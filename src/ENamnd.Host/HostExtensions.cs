using ENamnd.Designer;
using ENamnd.Designer.Hosting;
using ENamnd.Engine.CSharp;
using ENamnd.Host.App;
using ENamnd.Host.Features;
using ENamnd.Host.Infrastructure.Email;
using ENamnd.Host.Infrastructure.Health;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Host.Infrastructure.Logging;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Host.Infrastructure.Security;
using ENamnd.Host.Infrastructure.Storage;
using ENamnd.Host.Infrastructure.Telemetry;
using ENamnd.Host.Infrastructure.Testing;
using ENamnd.Http;
using ENamnd.Persistence;
using ENamnd.Workflows;
using Hangfire;
using Microsoft.Extensions.Configuration.Json;

namespace ENamnd.Host;

/// <summary>Wiring of the host: configuration, infrastructure (database, scheduling, email, security), the engine with the e-nämnd workflows, the designer and the features.</summary>
public static class HostExtensions
{
    private const string SettingsFile = "appsettings.json";

    /// <summary>Adds configuration and services.</summary>
    public static WebApplicationBuilder AddENamndHost(this WebApplicationBuilder builder)
    {
        // First, before the database, the logs or the mail pickup directory create a file.
        PrivateFiles.ForThisProcess();
        UseRootSettings(builder);
        builder.AddENamndLogging();
        builder.AddReverseProxy();
        builder.AddCoordinatorSecurity();
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (!string.IsNullOrWhiteSpace(storage.DataDirectory)) PrivateFiles.Restrict(storage.FullDataDirectory);
        builder.Services.AddOptions<StorageOptions>().Bind(builder.Configuration.GetSection(StorageOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "Storage:DataDirectory måste anges.")
            .ValidateOnStart();
        var database = DatabaseSettings.From(builder.Configuration, storage.FullDataDirectory);
        builder.Services.AddENamndPersistence(database);
        builder.Services.AddENamndHealthChecks();
        builder.Services.AddENamndWorkflows();
        // Off unless configured: C# scripts run with the host's full rights.
        builder.Services.AddCSharpExpressions(builder.Configuration.GetSection(CSharpOptions.Section).Get<CSharpOptions>() ?? new CSharpOptions());
        builder.Services.AddENamndScheduling(database);
        KillAfterSignalCommit.AddIfEnabled(builder.Services, builder.Configuration);
        builder.Services.AddENamndEmail();
        builder.Services.AddENamndDesigner();
        builder.Services.Configure<DesignerOptions>(o =>
        {
            o.SignOutPath = CoordinatorLogin.LogoutPath;
            o.MainMenu = [.. AppLinks.Main.Select(l => new DesignerMenuLink(l.Text, l.Href))];
        });
        foreach (var feature in HostFeatures.All) feature.AddServices(builder.Services);
        builder.AddENamndApp();
        builder.AddENamndTelemetry(database);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddApiProblems();
        // In-flight steps get this long to finish at shutdown; one that does not is rolled back, never half-written.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        return builder;
    }

    /// <summary>Maps the host's endpoints.</summary>
    public static WebApplication MapENamndEndpoints(this WebApplication app)
    {
        app.MapENamndHealth();
        foreach (var feature in HostFeatures.All) feature.MapEndpoints(app);
        app.MapENamndApp();
        app.MapENamndDesigner().RequireCoordinator();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], DisplayStorageConnectionString = false })
            .RequireCoordinator();
        return app;
    }

    /// <summary>Seeds each feature's data, in the order of <see cref="HostFeatures.All"/>.</summary>
    public static async Task SeedFeaturesAsync(this WebApplication app)
    {
        foreach (var feature in HostFeatures.All) await feature.SeedAsync(app.Services, app.Lifetime.ApplicationStopping);
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
