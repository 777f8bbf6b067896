using ENamnd.Host.Agenda;
using ENamnd.Host.Api;
using ENamnd.Host.Cases;
using ENamnd.Host.Contracts;
using ENamnd.Host.Designer.Hosting;
using ENamnd.Host.Email;
using ENamnd.Host.Goals;
using ENamnd.Host.Logging;
using ENamnd.Host.Meetings;
using ENamnd.Host.Monitoring;
using ENamnd.Host.Storage;
using ENamnd.Host.Outbox;
using ENamnd.Host.ParticipantDirectory;
using ENamnd.Host.Persistence;
using ENamnd.Host.Scheduling;
using ENamnd.Host.Security;
using ENamnd.Host.Tasks;
using ENamnd.Workflows;
using Hangfire;
using Microsoft.Extensions.Configuration.Json;

namespace ENamnd.Host;

/// <summary>Wiring of the host: configuration, persistence, the engine with the e-nämnd workflows, scheduling, email, endpoints.</summary>
public static class HostExtensions
{
    private const string SettingsFile = "appsettings.json";

    /// <summary>Adds configuration and services.</summary>
    public static WebApplicationBuilder AddENamndHost(this WebApplicationBuilder builder)
    {
        UseRootSettings(builder);
        builder.AddENamndLogging();
        builder.AddCoordinatorSecurity();
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddOptions<StorageOptions>().Bind(builder.Configuration.GetSection(StorageOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "Storage:DataDirectory måste anges.")
            .ValidateOnStart();
        var database = DatabaseSettings.From(builder.Configuration, storage.FullDataDirectory);
        builder.Services.AddENamndPersistence(database);
        builder.Services.AddENamndDirectory();
        builder.Services.AddENamndWorkflows();
        builder.Services.AddENamndScheduling(database);
        builder.Services.AddENamndEmail();
        builder.Services.AddENamndOutbox();
        builder.Services.AddENamndTasks();
        builder.Services.AddENamndAgenda();
        builder.Services.AddENamndMonitoring();
        builder.Services.AddENamndCases();
        builder.Services.AddENamndMeetings();
        builder.Services.AddENamndContracts();
        builder.Services.AddENamndGoals();
        builder.Services.AddENamndDesigner();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        // In-flight steps get this long to finish at shutdown; one that does not is rolled back, never half-written.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        return builder;
    }

    /// <summary>Maps the host's endpoints.</summary>
    public static WebApplication MapENamndEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapWorkflowEndpoints();
        app.MapENamndTasks();
        app.MapDirectoryEndpoints();
        app.MapJobEndpoints();
        app.MapMeetingEndpoints();
        app.MapContractEndpoints();
        app.MapGoalEndpoints();
        app.MapCaseEndpoints();
        app.MapENamndDesigner();
        Designer.Api.DesignerApiEndpoints.MapDesignerApi(app);
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], DisplayStorageConnectionString = false })
            .RequireCoordinator();
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
