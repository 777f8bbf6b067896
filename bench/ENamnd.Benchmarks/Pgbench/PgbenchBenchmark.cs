using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Benchmarks.Pgbench;

/// <summary>
/// The PostgreSQL baseline: pgbench's built-in TPC-B-like script at scale 10 against the shared,
/// durable server, with 1 and with 8 clients (one thread each).
/// </summary>
public sealed class PgbenchBenchmark : IBenchmark
{
    /// <summary>The name measurements carry.</summary>
    public const string BenchmarkName = "pgbench";

    /// <summary>The scenario measurements carry.</summary>
    public const string Scenario = "TPC-B, scale 10";

    /// <summary>The client counts measured; the engine's durable figures use the same ones.</summary>
    public static readonly int[] ClientCounts = [1, 8];

    private const int Scale = 10;

    /// <inheritdoc />
    public string Name => "pgbench (PostgreSQL baseline)";

    /// <summary>The key of the baseline for <paramref name="clients"/> clients, for <see cref="Measurement.ComparedWith"/>.</summary>
    public static string KeyFor(int clients) => Measurement.KeyOf(BenchmarkName, Scenario, clients);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var server = await context.PostgresAsync(cancellationToken);
        const string database = "pgbench";
        await server.CreateDatabaseAsync(database, cancellationToken);

        context.Log.WriteLine($"pgbench -i -s {Scale}…");
        await PgbenchAsync(server, ["-i", "-s", $"{Scale}", "-q", database], TimeSpan.FromMinutes(5), cancellationToken);

        var results = new List<Measurement>();
        foreach (var clients in ClientCounts)
        {
            context.Log.WriteLine($"pgbench -c {clients} -j {clients} -T {context.Settings.Seconds}…");
            var logDirectory = Directory.CreateTempSubdirectory("enamnd-pgbench-");
            try
            {
                var output = await PgbenchAsync(server,
                [
                    "-c", $"{clients}", "-j", $"{clients}", "-T", $"{context.Settings.Seconds}",
                    "-l", $"--log-prefix={Path.Combine(logDirectory.FullName, "tx")}", database,
                ], context.Settings.Duration + TimeSpan.FromMinutes(2), cancellationToken);
                results.Add(new Measurement(BenchmarkName, Scenario, clients, PgbenchOutput.ParseTps(output), "tps")
                {
                    Latency = LatencySummary.Of(PgbenchOutput.ReadLatencies(logDirectory.FullName)),
                });
            }
            finally
            {
                logDirectory.Delete(recursive: true);
            }
        }
        return results;
    }

    private static async Task<string> PgbenchAsync(PostgresServer server, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var result = await ExternalCommand.RunAsync(
            Path.Combine(server.BinDirectory, "pgbench"),
            ["-h", "127.0.0.1", "-p", $"{server.Port}", "-U", PostgresServer.Superuser, .. arguments],
            environment: new Dictionary<string, string?> { ["PGPASSWORD"] = server.Password },
            timeout: timeout,
            cancellationToken: cancellationToken);
        if (!result.Succeeded)
            throw new InvalidOperationException($"pgbench failed (exit code {result.ExitCode}):\n{result.Output}");
        return result.Output;
    }
}
