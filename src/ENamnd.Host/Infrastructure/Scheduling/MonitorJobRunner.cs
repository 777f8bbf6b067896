using ENamnd.Host.Infrastructure.Telemetry;
using Hangfire;

namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>The Hangfire entry point of every <see cref="IMonitorJob"/>: the job is named by id, so the stored job survives refactoring.</summary>
public sealed class MonitorJobRunner(IEnumerable<IMonitorJob> jobs, ENamndMetrics metrics, ILogger<MonitorJobRunner> logger)
{
    private readonly Dictionary<string, IMonitorJob> byId = jobs.ToDictionary(j => j.JobId, StringComparer.Ordinal);

    /// <summary>The ids of the registered jobs.</summary>
    public IReadOnlyCollection<string> JobIds => byId.Keys;

    /// <summary>Runs one job by id.</summary>
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(string jobId, CancellationToken cancellationToken)
    {
        if (!byId.TryGetValue(jobId, out var job)) throw new InvalidOperationException($"Okänt jobb '{jobId}'.");
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["JobId"] = jobId });
        var started = TimeProvider.System.GetTimestamp();
        var done = await metrics.MeasureJobAsync(jobId, () => job.RunAsync(cancellationToken));
        logger.LogInformation("Job {JobId} did {Count} thing(s) in {Elapsed} ms", jobId, done,
            (int)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
    }
}
