using System.Collections.Concurrent;
using System.Diagnostics;
using ENamnd.Benchmarks.Pgbench;

namespace ENamnd.Benchmarks.Engine;

/// <summary>
/// Bookmark resumes per second of <see cref="ApprovalWorkflow"/> on the host's durable stores, on the
/// same PostgreSQL server as pgbench and with its client counts. Each resume is what the host does
/// when a person approves: take the instance's advisory lock, load the instance, run it to the end and
/// commit the step. The waiting instances are started before the clock runs; the clients take their
/// bookmarks from one shared queue.
/// </summary>
public sealed class DurableEngineBenchmark : IBenchmark
{
    /// <summary>The name measurements carry.</summary>
    public const string BenchmarkName = "engine durable";

    /// <summary>The scenario measurements carry.</summary>
    public const string Scenario = "resume, one-approval workflow";

    private const string Database = "enamnd_durable";

    // The calibration resumes this many instances per client, at least the minimum, to estimate the rate.
    private const int CalibrationPerClient = 50;
    private const int MinimumCalibration = 200;

    // The pool holds this many times the estimated need: a short calibration tends to underestimate
    // the rate (by up to about 2 × with one client); if the pool still runs dry, the run is repeated.
    private const double PoolMargin = 3;

    private const int Attempts = 3;

    private const int WarmUpInstances = 1_000;

    /// <inheritdoc />
    public string Name => "Engine on PostgreSQL (bookmark resumes)";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var server = await context.PostgresAsync(cancellationToken);
        var connectionString = await server.CreateDatabaseAsync(Database, cancellationToken);
        await using var engine = await DurableEngine.StartAsync(connectionString, cancellationToken);
        await RequireDurableAsync(context, engine, cancellationToken);

        context.Log.WriteLine("Checking that a resume finishes an instance in the database…");
        await engine.VerifyAsync(cancellationToken);

        // Cold code would make the first calibration estimate too low a rate (and too small a pool).
        context.Log.WriteLine($"Warming up with {WarmUpInstances} instances…");
        await ResumeAllAsync(engine, await engine.StartWaitingAsync(WarmUpInstances, cancellationToken), DurableEngine.StartParallelism, cancellationToken);

        var results = new List<Measurement>();
        foreach (var clients in PgbenchBenchmark.ClientCounts)
            results.Add(await MeasureAsync(context, engine, clients, cancellationToken));

        // Every resume that reported success must have been committed.
        var finished = await engine.CountFinishedAsync(cancellationToken);
        if (finished != engine.Resumed)
            throw new InvalidOperationException($"{engine.Resumed} resumes reported a finished instance, but the database holds {finished} finished instances.");
        context.Log.WriteLine($"{finished:#,0} instances finished and committed.");
        return results;
    }

    private static async Task RequireDurableAsync(BenchmarkContext context, DurableEngine engine, CancellationToken cancellationToken)
    {
        var fsync = await engine.ServerSettingAsync("fsync", cancellationToken);
        var synchronousCommit = await engine.ServerSettingAsync("synchronous_commit", cancellationToken);
        context.Log.WriteLine($"Server: fsync = {fsync}, synchronous_commit = {synchronousCommit}.");
        if (fsync != "on" || synchronousCommit != "on")
            throw new InvalidOperationException("The durable benchmark needs fsync and synchronous_commit on, as in production.");
    }

    private static async Task<Measurement> MeasureAsync(BenchmarkContext context, DurableEngine engine, int clients, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var (startRate, estimate) = await CalibrateAsync(context, engine, clients, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var needed = (int)Math.Ceiling(estimate * (settings.WarmUp + settings.Duration).TotalSeconds * PoolMargin) + 10 * clients;
            context.Log.WriteLine($"{clients} client(s): starting {needed:#,0} waiting instances (about {needed / startRate:0} s)…");
            var pool = await engine.StartWaitingAsync(needed, cancellationToken);
            await engine.VacuumAsync(cancellationToken);

            context.Log.WriteLine($"{clients} client(s): resuming for {settings.Seconds} s after {settings.WarmUp.TotalSeconds:0} s warm-up…");
            try
            {
                var run = await ClosedLoop.RunAsync(clients, settings.WarmUp, settings.Duration,
                    (_, token) => engine.ResumeAsync(Take(pool), token), cancellationToken);
                context.Log.WriteLine($"{clients} client(s): {run.Operations:#,0} resumes measured; {pool.Count:#,0} instances left waiting.");
                return new Measurement(BenchmarkName, Scenario, clients, run.Rate, "resumes/s")
                {
                    Latency = run.Latency,
                    ComparedWith = PgbenchBenchmark.KeyFor(clients),
                };
            }
            catch (PoolExhaustedException) when (attempt < Attempts)
            {
                // The estimate was far too low: discard the run and measure again with a larger pool.
                estimate *= 3;
                context.Log.WriteLine($"{clients} client(s): the waiting instances ran out; trying again with more.");
            }
        }
    }

    // Starts and resumes a few instances per client (unmeasured) to estimate how many a measurement
    // needs and how long starting them takes; returns both rates per second.
    private static async Task<(double StartRate, double ResumeRate)> CalibrateAsync(
        BenchmarkContext context, DurableEngine engine, int clients, CancellationToken cancellationToken)
    {
        var count = Math.Max(MinimumCalibration, CalibrationPerClient * clients);
        context.Log.WriteLine($"{clients} client(s): calibrating with {count} instances…");
        var watch = Stopwatch.StartNew();
        var pool = await engine.StartWaitingAsync(count, cancellationToken);
        var startRate = count / watch.Elapsed.TotalSeconds;
        // As before the measurement, so that the estimate is of the same conditions.
        await engine.VacuumAsync(cancellationToken);
        watch.Restart();
        await ResumeAllAsync(engine, pool, clients, cancellationToken);
        var resumeRate = count / watch.Elapsed.TotalSeconds;
        context.Log.WriteLine($"{clients} client(s): about {startRate:#,0} starts/s and {resumeRate:#,0} resumes/s.");
        return (startRate, resumeRate);
    }

    // Resumes every bookmark of the pool from that many concurrent clients.
    private static Task ResumeAllAsync(DurableEngine engine, ConcurrentQueue<string> pool, int clients, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (pool.TryDequeue(out var bookmarkId)) await engine.ResumeAsync(bookmarkId, cancellationToken);
        }, cancellationToken)));

    private static string Take(ConcurrentQueue<string> pool) =>
        pool.TryDequeue(out var bookmarkId) ? bookmarkId : throw new PoolExhaustedException();

    private sealed class PoolExhaustedException() : Exception("No waiting instance is left to resume.");
}
