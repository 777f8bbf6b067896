using ENamnd.Persistence.Outbox;

namespace ENamnd.Host.Infrastructure.Telemetry;

/// <summary>The outbox backlog for the gauge: read at most every 30 s, whatever the export interval, so exports cost one count.</summary>
public sealed class OutboxBacklogGauge(OutboxBacklog backlog, ILogger<OutboxBacklogGauge> logger)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private readonly Lock gate = new();
    private (int Pending, long ReadAt)? last;

    /// <summary>The pending messages, as last read; a failed read keeps the last value (none before the first read).</summary>
    public IEnumerable<System.Diagnostics.Metrics.Measurement<int>> Pending()
    {
        lock (gate)
        {
            if (last is not { } cached || TimeProvider.System.GetElapsedTime(cached.ReadAt) > MaxAge)
            {
                try
                {
                    // The meter calls this on its own thread, without a synchronisation context; blocking here is safe.
                    var pending = backlog.ReadAsync(CancellationToken.None).GetAwaiter().GetResult().Pending;
                    last = (pending, TimeProvider.System.GetTimestamp());
                }
                catch (Exception e)
                {
                    logger.LogDebug(e, "The outbox backlog could not be read for the gauge");
                }
            }
            return last is { } value ? [new(value.Pending)] : [];
        }
    }
}
