using System.Diagnostics;
using ENamnd.Benchmarks.Cases;
using ENamnd.Host.Features.Contracts;
using ENamnd.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ENamnd.Benchmarks.Contracts;

/// <summary>
/// The daily contract monitoring (<c>contract-expiry-monitor</c>) over <see cref="ContractCount"/> contracts on
/// PostgreSQL, run by the host's own services: the day's first run (it sends the alerts due today and starts their
/// decisions) in a new process and a second run the same day (everything already done, as on a host that runs the job
/// twice); then the day's first run over a second registry in the same, now warm, process.
/// </summary>
public sealed class ContractScanBenchmark : IBenchmark
{
    /// <summary>How many contracts the database holds.</summary>
    public const int ContractCount = 100_000;

    /// <summary>The requirement: a run finishes in under this many milliseconds.</summary>
    public const double TargetMilliseconds = 2_000;

    /// <summary>The name measurements carry.</summary>
    public const string BenchmarkName = "contract scan";

    private const string Database = "enamnd_contracts";

    /// <inheritdoc />
    public string Name => $"Contract monitoring ({ContractCount:#,0} contracts)";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var server = await context.PostgresAsync(cancellationToken);
        var results = new List<Measurement>();
        // A new process runs the monitor's code for the first time (JIT, query compilation, the first Hangfire job);
        // a host that has run it before (yesterday) runs the same day's work warm: a second registry of the same size,
        // monitored by the same process, is that host's next day.
        await MeasureAsync(context, await server.CreateDatabaseAsync(Database, cancellationToken), results,
            ["first run of the day, new process", "second run the same day"], cancellationToken);
        await MeasureAsync(context, await server.CreateDatabaseAsync(Database + "_warm", cancellationToken), results,
            ["first run of the day, process warm"], cancellationToken);
        return results;
    }

    // Seeds a registry, starts the host's services on it and times the monitor's runs, one per scenario.
    private static async Task MeasureAsync(
        BenchmarkContext context, string connectionString, List<Measurement> results, string[] scenarios, CancellationToken cancellationToken)
    {
        await using var host = await CaseHost.StartAsync(connectionString, cancellationToken);
        context.Log.WriteLine($"Adding {ContractCount:#,0} contracts…");
        await SeedAsync(connectionString, cancellationToken);
        var monitor = host.Services.GetServices<IMonitorJob>().Single(j => j.JobId == ContractExpiryMonitor.Id);
        foreach (var scenario in scenarios)
        {
            var watch = Stopwatch.StartNew();
            var done = await monitor.RunAsync(cancellationToken);
            var elapsed = watch.Elapsed;
            context.Log.WriteLine($"{scenario}: {done} alerts and decisions in {elapsed.TotalMilliseconds:0} ms.");
            results.Add(new Measurement(BenchmarkName, scenario, 1, ContractCount / elapsed.TotalSeconds, "contracts/s")
            {
                Latency = LatencySummary.Of([elapsed.TotalMilliseconds]),
                TargetMilliseconds = TargetMilliseconds,
            });
        }
    }

    // Contracts ending every day of the next ten years, each with a notice period of 1 to 6 months, so that on any day
    // some have an alert due, as in a large registry; inserted by the server in one statement, then analyzed. Each has its
    // earliest deadline (end − notice, having no options) as the host writes it with the contract.
    private static async Task SeedAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using (var insert = dataSource.CreateCommand(
            "INSERT INTO contracts (id, name, supplier, kind, start_date, end_date, notice_period_months, options, owner, municipalities, created_at, updated_at, earliest_deadline) " +
            "SELECT 'avtal-' || n, 'Avtal ' || n, 'Leverantör ' || (n % 97), CASE WHEN n % 2 = 0 THEN 'Ramavtal' ELSE 'GemensamtAvtal' END, " +
            "current_date - 365, current_date + (n % 3650), 1 + n % 6, '[]', 'avtal' || (n % 50) || '@example.org', '[]', now(), now(), " +
            "(current_date + (n % 3650) - make_interval(months => 1 + n % 6))::date " +
            "FROM generate_series(1, $1) AS n"))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = ContractCount });
            insert.CommandTimeout = 600;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var analyze = dataSource.CreateCommand("ANALYZE contracts");
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }
}
