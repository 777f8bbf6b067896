using ENamnd.Host.Infrastructure.Database;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ENamnd.Host.Infrastructure.Health;

/// <summary>Wiring of the health checks and their endpoints: <c>/health/live</c>, <c>/health/ready</c> and <c>/health</c>.</summary>
public static class HealthExtensions
{
    /// <summary>The name of the database check, which <c>/health</c> runs alone.</summary>
    public const string DatabaseCheck = "database";

    /// <summary>Adds the checks, tagged <see cref="HealthTags.Live"/> or <see cref="HealthTags.Ready"/>, and their validated options.</summary>
    public static IServiceCollection AddENamndHealthChecks(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section)
            .Validate(o => o.OutboxMaxAge > TimeSpan.Zero, "Health:OutboxMaxAge måste vara längre än noll.")
            .Validate(o => o.SmtpProbeTimeout > TimeSpan.Zero && o.SmtpProbeTimeout <= TimeSpan.FromMinutes(1),
                "Health:SmtpProbeTimeout måste vara mellan noll och en minut.")
            .Validate(o => o.SmtpProbeCacheTime >= TimeSpan.Zero, "Health:SmtpProbeCacheTime får inte vara negativ.")
            .ValidateOnStart();
        // One instance, so the SMTP probe's cached answer outlives a request.
        services.AddSingleton<SmtpHealthCheck>();
        services.AddHealthChecks()
            .AddCheck<ProcessHealthCheck>("process", tags: [HealthTags.Live])
            .AddCheck<DatabaseHealthCheck>(DatabaseCheck, tags: [HealthTags.Ready])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [HealthTags.Ready])
            .AddCheck<HangfireServerHealthCheck>("scheduler", tags: [HealthTags.Ready])
            .AddCheck<SmtpHealthCheck>("smtp", tags: [HealthTags.Ready])
            .AddCheck<OutboxHealthCheck>("outbox", tags: [HealthTags.Ready]);
        return services;
    }

    /// <summary>Maps the endpoints, open to anyone: they name no server, setting or error.</summary>
    public static WebApplication MapENamndHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", Report(HealthTags.Live)).AllowAnonymous();
        app.MapHealthChecks("/health/ready", Report(HealthTags.Ready)).AllowAnonymous();
        // As before: plain "Healthy" or "Unhealthy", from the database alone, for probes already pointed at it.
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Name == DatabaseCheck }).AllowAnonymous();
        return app;
    }

    private static HealthCheckOptions Report(string tag) => new()
    {
        Predicate = c => c.Tags.Contains(tag),
        ResponseWriter = HealthResponseWriter.WriteAsync,
    };
}
