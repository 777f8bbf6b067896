using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ENamnd.Host.Infrastructure.Health;

/// <summary>Healthy when every migration the host carries is applied to the database (a host newer than its schema is not ready).</summary>
public sealed class MigrationsHealthCheck(IDbContextFactory<ENamndDbContext> contexts, SchemaMigrator migrator, ILogger<MigrationsHealthCheck> logger) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var applied = await db.Database.SqlQueryRaw<int>("SELECT version AS \"Value\" FROM schema_migrations").ToListAsync(cancellationToken);
            var missing = migrator.Migrations.Select(m => m.Version).Except(applied).ToList();
            if (missing.Count == 0) return HealthCheckResult.Healthy($"Databasens schema är aktuellt ({applied.Count} migreringar).");
            logger.LogWarning("The database lacks migration(s) {Versions}", missing);
            return HealthCheckResult.Unhealthy($"Databasens schema saknar {missing.Count} migrering(ar).");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The applied migrations could not be read");
            return HealthCheckResult.Unhealthy("Databasens migreringar kunde inte läsas.");
        }
    }
}
