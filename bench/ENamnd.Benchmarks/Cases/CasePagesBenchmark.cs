using System.Diagnostics;
using ENamnd.Persistence;
using ENamnd.Workflows.Process;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Benchmarks.Cases;

/// <summary>
/// Server time of the coordinator's case list and case page with <see cref="CaseCount"/> cases in the database
/// (made by <see cref="CaseFiller"/> through the real process), on PostgreSQL and on SQLite, one client: the list
/// page's HTML as a request renders it, the list queries behind it and the API's, the case page's HTML and its
/// query, each beside the plainest query of the same case rows.
/// </summary>
public sealed class CasePagesBenchmark : IBenchmark
{
    /// <summary>How many cases the database holds.</summary>
    public const int CaseCount = 1_000;

    /// <summary>The requirement: a page renders in under this many milliseconds of server time.</summary>
    public const double TargetMilliseconds = 300;

    private const string Database = "enamnd_cases";
    private const int PostgresFillers = 4;

    // A case with a whole pre-study behind it: its page shows the longest history of the database.
    private static readonly string Deep = CaseFiller.NumberOf(1);

    private static readonly string PreStudy = ProcessIds.NameOf(ProcessIds.PreStudy);

    /// <inheritdoc />
    public string Name => $"Case list and case page ({CaseCount:#,0} cases)";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var server = await context.PostgresAsync(cancellationToken);
        var connectionString = await server.CreateDatabaseAsync(Database, cancellationToken);
        var results = new List<Measurement>();
        results.AddRange(await RunOnAsync(context, "cases postgres", connectionString, PostgresFillers, cancellationToken));
        // SQLite takes one writer at a time.
        results.AddRange(await RunOnAsync(context, "cases sqlite", null, 1, cancellationToken));
        return results;
    }

    private static async Task<List<Measurement>> RunOnAsync(
        BenchmarkContext context, string benchmark, string? postgres, int fillers, CancellationToken cancellationToken)
    {
        context.Log.WriteLine($"{benchmark}: starting the host's services…");
        await using var host = await CaseHost.StartAsync(postgres, cancellationToken);
        var services = host.Services;
        context.Log.WriteLine($"{benchmark}: starting {CaseCount:#,0} cases and answering their tasks ({fillers} at a time)…");
        var watch = Stopwatch.StartNew();
        await new CaseFiller(services, fillers).FillAsync(CaseCount, n => context.Log.WriteLine($"{benchmark}: {n:#,0} cases"), cancellationToken);
        context.Log.WriteLine($"{benchmark}: filled in {watch.Elapsed.TotalSeconds:0} s.");
        var contexts = services.GetRequiredService<IDbContextFactory<ENamndDbContext>>();
        // As autovacuum would have by the time a coordinator reads 1,000 cases.
        if (postgres is not null) await AnalyzeAsync(contexts, cancellationToken);

        var scenarios = new CaseScenarios(services, Deep, PreStudy);
        await scenarios.VerifyAsync(context.Log, cancellationToken);

        var results = new List<Measurement>();
        var allRows = await MeasureAsync(context, benchmark, $"baseline: SELECT the {CaseCount:#,0} case rows", "queries/s", null, scenarios.CaseRowsAsync, cancellationToken);
        var oneRow = await MeasureAsync(context, benchmark, "baseline: SELECT one case row", "queries/s", null, scenarios.CaseRowAsync, cancellationToken);
        results.Add(allRows);
        results.Add(await MeasureAsync(context, benchmark, "list page, first page (HTML)", "pages/s", allRows, scenarios.ListPageAsync, cancellationToken));
        results.Add(await MeasureAsync(context, benchmark, "list query, all cases", "queries/s", allRows, scenarios.ListAsync, cancellationToken));
        results.Add(await MeasureAsync(context, benchmark, $"list, phase {PreStudy} + search", "queries/s", allRows, scenarios.FilteredListAsync, cancellationToken));
        results.Add(await MeasureAsync(context, benchmark, $"list API, phase {PreStudy}", "queries/s", allRows, scenarios.PhaseListAsync, cancellationToken));
        results.Add(oneRow);
        results.Add(await MeasureAsync(context, benchmark, "case page (HTML)", "pages/s", oneRow, scenarios.CasePageAsync, cancellationToken));
        results.Add(await MeasureAsync(context, benchmark, "case query (FindAsync)", "queries/s", oneRow, scenarios.FindAsync, cancellationToken));
        return results;
    }

    private static async Task<Measurement> MeasureAsync(BenchmarkContext context, string benchmark, string scenario, string unit,
        Measurement? baseline, Func<CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        context.Log.WriteLine($"{benchmark}: {scenario}…");
        var run = await ClosedLoop.RunAsync(1, context.Settings.WarmUp, context.Settings.Duration, (_, token) => operation(token), cancellationToken);
        return new Measurement(benchmark, scenario, 1, run.Rate, unit)
        {
            Latency = run.Latency,
            ComparedWith = baseline?.Key,
            // The baselines are plain queries, not pages: the target is the pages' and their queries'.
            TargetMilliseconds = baseline is null ? null : TargetMilliseconds,
        };
    }

    private static async Task AnalyzeAsync(IDbContextFactory<ENamndDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(600);
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE", cancellationToken);
    }
}
