using System.Diagnostics;

namespace ENamnd.Benchmarks;

/// <summary>
/// Runs an operation from a number of concurrent clients, each starting its next call as soon as the
/// previous one returns, first unmeasured for a warm-up, then measured for a fixed time.
/// </summary>
public static class ClosedLoop
{
    /// <summary>Runs <paramref name="operation"/> (given the client's number) and reports the rate and latencies of the measured part.</summary>
    public static async Task<ClosedLoopResult> RunAsync(
        int clients, TimeSpan warmUp, TimeSpan duration, Func<int, CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        await RunClientsAsync(clients, warmUp, operation, record: false, cancellationToken);
        var watch = Stopwatch.StartNew();
        var latencies = await RunClientsAsync(clients, duration, operation, record: true, cancellationToken);
        var elapsed = watch.Elapsed;
        var all = latencies.SelectMany(l => l).ToList();
        return new ClosedLoopResult(all.Count, elapsed, LatencySummary.Of(all));
    }

    private static async Task<List<double>[]> RunClientsAsync(
        int clients, TimeSpan duration, Func<int, CancellationToken, Task> operation, bool record, CancellationToken cancellationToken)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var latencies = new List<double>(record ? 1 << 16 : 0);
            while (Stopwatch.GetTimestamp() < end)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var started = Stopwatch.GetTimestamp();
                await operation(client, cancellationToken);
                if (record) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return latencies;
        }, cancellationToken));
        return await Task.WhenAll(tasks);
    }
}
