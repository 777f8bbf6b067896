using ENamnd.Host.Api;
using ENamnd.Host.Scheduling;
using ENamnd.Host.Security;
using Hangfire;

namespace ENamnd.Host.Monitoring;

/// <summary>Registers the monitoring jobs' shared parts and the coordinator's trigger endpoint.</summary>
public static class MonitoringExtensions
{
    /// <summary>Adds the ledger and the job runner; each monitoring job adds itself as an <see cref="IMonitorJob"/>.</summary>
    public static IServiceCollection AddENamndMonitoring(this IServiceCollection services)
    {
        services.AddSingleton<NotificationLedger>();
        services.AddSingleton<MonitorJobRunner>();
        return services;
    }

    /// <summary>Registers every monitoring job as a recurring Hangfire job.</summary>
    public static void AddMonitorJobs(this IRecurringJobManager recurring, IServiceProvider services, RecurringJobOptions options)
    {
        foreach (var job in services.GetServices<IMonitorJob>())
        {
            var id = job.JobId;
            recurring.AddOrUpdate<MonitorJobRunner>(id, r => r.RunAsync(id, CancellationToken.None), job.Cron, options);
        }
    }

    /// <summary>Maps <c>POST /api/jobs/{jobId}/trigger</c>: runs a recurring job now.</summary>
    public static IEndpointRouteBuilder MapJobEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/jobs/{jobId}/trigger", (string jobId, MonitorJobRunner monitors, IRecurringJobManagerV2 recurring, TimeProvider clock) =>
        {
            string[] runtimeJobs = [RecurringJobIds.DueBookmarkSweep, RecurringJobIds.OutboxDispatcher];
            if (!monitors.JobIds.Contains(jobId, StringComparer.Ordinal) && !runtimeJobs.Contains(jobId, StringComparer.Ordinal))
                return Problems.NotFound($"Det finns inget återkommande jobb med id '{jobId}'.");
            var backgroundJobId = recurring.TriggerJob(jobId);
            return Results.Accepted(value: new JobTriggered(jobId, backgroundJobId, clock.GetUtcNow()));
        }).WithTags("Jobb").RequireCoordinator();
        return app;
    }
}

/// <summary>The answer to a trigger: the recurring job and the background job that now runs it.</summary>
public sealed record JobTriggered(string JobId, string? BackgroundJobId, DateTimeOffset TriggeredAt);
