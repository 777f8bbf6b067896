using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ENamnd.Host.Infrastructure.Health;

/// <summary>Always healthy: that it runs at all shows the process answers.</summary>
public sealed class ProcessHealthCheck : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy("Processen svarar."));
}
