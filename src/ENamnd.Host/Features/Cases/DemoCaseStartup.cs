namespace ENamnd.Host.Features.Cases;

/// <summary>
/// Runs <see cref="DemoCaseSeeder"/> in the background once the host has started (after the demo people, meetings and plan
/// were seeded and the process was published), so driving the demo cases never delays the first page. A failure is logged,
/// never fatal: the next start carries on where this one stopped.
/// </summary>
public sealed class DemoCaseStartup(DemoCaseSeeder seeder, IHostApplicationLifetime lifetime, ILogger<DemoCaseStartup> logger) : BackgroundService
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the seeding has run, was not needed or failed; tests wait on it.</summary>
    public Task Completion => done.Task;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!seeder.Enabled) return;
            if (!await StartedAsync(stoppingToken)) return;
            var placed = await seeder.SeedAsync(stoppingToken);
            if (placed > 0) logger.LogInformation("Seeded {Count} demo case(s) (Demo:SeedCases)", placed);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Demo case seeding stopped with the host; the next start continues it");
        }
        catch (Exception e)
        {
            logger.LogError(e, "Demo case seeding failed; the next start continues it");
        }
        finally
        {
            done.TrySetResult();
        }
    }

    // True once the host has started; false when it stops first.
    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
