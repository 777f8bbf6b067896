using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ENamnd.Host.Infrastructure.Health;

/// <summary>Healthy when this process's Hangfire server has sent a heartbeat lately: timers, sweeps and sending run.</summary>
public sealed class HangfireServerHealthCheck(JobStorage storage, ILogger<HangfireServerHealthCheck> logger) : IHealthCheck
{
    /// <summary>A server whose last heartbeat is older than this is taken for stopped (Hangfire beats every 30 s).</summary>
    public static readonly TimeSpan MaxHeartbeatAge = TimeSpan.FromMinutes(2);

    // Hangfire names a server "<machine>:<process id>:<guid>", so the prefix picks out this process's own.
    private static readonly string ThisProcess = $"{Environment.MachineName}:{Environment.ProcessId}:".ToLowerInvariant();

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Hangfire's heartbeats are in real UTC time, whatever clock the host runs on (a test host's stands still), so the
            // system clock is read on purpose here rather than the injected one.
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var alive = storage.GetMonitoringApi().Servers()
                .Any(s => s.Name.StartsWith(ThisProcess, StringComparison.OrdinalIgnoreCase) && s.Heartbeat is { } beat && now - beat <= MaxHeartbeatAge);
            return Task.FromResult(alive
                ? HealthCheckResult.Healthy("Schemaläggaren (Hangfire) är igång.")
                : HealthCheckResult.Unhealthy("Schemaläggaren (Hangfire) är inte igång."));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Hangfire's servers could not be read");
            return Task.FromResult(HealthCheckResult.Unhealthy("Schemaläggarens status kunde inte läsas."));
        }
    }
}
