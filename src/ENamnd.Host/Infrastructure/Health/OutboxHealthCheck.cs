using ENamnd.Persistence.Outbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Health;

/// <summary>Healthy while no pending outbox message is older than <see cref="HealthOptions.OutboxMaxAge"/>; reports the messages given up too.</summary>
public sealed class OutboxHealthCheck(OutboxBacklog backlog, IOptions<HealthOptions> options, TimeProvider clock, ILogger<OutboxHealthCheck> logger) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var snapshot = await backlog.ReadAsync(cancellationToken);
            var data = new Dictionary<string, object> { ["pending"] = snapshot.Pending, ["failed"] = snapshot.Failed };
            var given = snapshot.Failed switch
            {
                0 => "",
                1 => " 1 meddelande har gett upp efter upprepade fel.",
                var n => $" {n} meddelanden har gett upp efter upprepade fel.",
            };
            var maxAge = options.Value.OutboxMaxAge;
            if (snapshot.OldestPendingAt is { } oldest && clock.GetUtcNow() - oldest > maxAge)
            {
                logger.LogWarning("The outbox holds {Pending} unsent message(s), the oldest from {Oldest:O}", snapshot.Pending, oldest);
                return HealthCheckResult.Unhealthy(
                    $"Utkorgen har fastnat: det äldsta av {snapshot.Pending} ej skickade meddelanden har väntat mer än {maxAge.TotalMinutes:0} minuter.{given}",
                    data: data);
            }
            var waiting = snapshot.Pending switch
            {
                0 => "inga meddelanden väntar",
                1 => "1 meddelande väntar",
                var n => $"{n} meddelanden väntar",
            };
            return HealthCheckResult.Healthy($"Utkorgen skickar: {waiting}.{given}", data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The outbox could not be read");
            return HealthCheckResult.Unhealthy("Utkorgen kunde inte läsas.");
        }
    }
}
