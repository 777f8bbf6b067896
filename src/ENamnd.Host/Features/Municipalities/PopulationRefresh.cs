namespace ENamnd.Host.Features.Municipalities;

/// <summary>
/// Re-reads the imported population years every few minutes, so a year imported on another host sharing the database
/// reaches this host's allocations without a restart. The host that imports sees the year at once.
/// </summary>
public sealed class PopulationRefresh(MunicipalityPopulations populations, ILogger<PopulationRefresh> logger) : BackgroundService
{
    /// <summary>How often the years are read.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await populations.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The registry keeps the years it had; the next tick tries again.
                logger.LogWarning(e, "Could not re-read the imported population years");
            }
        }
    }
}
