using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ENamnd.Host.Infrastructure.Database;

/// <summary>Healthy when the database answers. Why it does not goes to the log, never into the answer.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<ENamndDbContext> contexts, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await db.Database.CanConnectAsync(cancellationToken)) return HealthCheckResult.Healthy("Databasen svarar.");
            logger.LogWarning("The database cannot be reached");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The database cannot be reached");
        }
        return HealthCheckResult.Unhealthy("Databasen svarar inte.");
    }
}
