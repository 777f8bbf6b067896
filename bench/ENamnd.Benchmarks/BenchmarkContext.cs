using System.Diagnostics;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Benchmarks;

/// <summary>What the benchmarks share: the settings, a progress log, the results so far and one PostgreSQL server.</summary>
public sealed class BenchmarkContext(BenchmarkSettings settings, TextWriter log) : IAsyncDisposable
{
    private readonly List<Measurement> results = [];
    private PostgresServer? postgres;

    /// <summary>The command line's settings.</summary>
    public BenchmarkSettings Settings { get; } = settings;

    /// <summary>Where progress goes (standard error, so the report on standard output stays clean).</summary>
    public TextWriter Log { get; } = log;

    /// <summary>Every measurement so far, in order.</summary>
    public IReadOnlyList<Measurement> Results => results;

    /// <summary>
    /// The server every PostgreSQL benchmark uses, started on first use. It is durable (fsync and
    /// synchronous commit on), so that the engine's durable figures compare with pgbench's.
    /// </summary>
    public async Task<PostgresServer> PostgresAsync(CancellationToken cancellationToken)
    {
        if (postgres is null)
        {
            Log.WriteLine("Starting a throwaway PostgreSQL server…");
            postgres = await PostgresServer.StartAsync(cancellationToken: cancellationToken);
            Log.WriteLine($"PostgreSQL on 127.0.0.1:{postgres.Port} ({postgres.BinDirectory}).");
        }
        return postgres;
    }

    /// <summary>Runs a benchmark and keeps its measurements.</summary>
    public async Task RunAsync(IBenchmark benchmark, CancellationToken cancellationToken)
    {
        Log.WriteLine($"== {benchmark.Name}");
        var watch = Stopwatch.StartNew();
        results.AddRange(await benchmark.RunAsync(this, cancellationToken));
        Log.WriteLine($"== {benchmark.Name}: done in {watch.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>Stops the PostgreSQL server, if one was started.</summary>
    public async ValueTask DisposeAsync()
    {
        if (postgres is not null) await postgres.DisposeAsync();
    }
}
