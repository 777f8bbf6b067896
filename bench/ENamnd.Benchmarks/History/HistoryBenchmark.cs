using System.Collections.Concurrent;
using System.Diagnostics;
using ENamnd.Benchmarks.Engine;
using ENamnd.Designer.Api.Instances;
using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ENamnd.Benchmarks.History;

/// <summary>
/// Whether the engine slows as history grows: bookmark resumes and starts of <see cref="ApprovalWorkflow"/> (one client)
/// and the designer's instance list (its first page), first on the empty database, then after
/// <see cref="InstanceCount"/> finished instances with their journal, tasks and decisions were added
/// (<see cref="HistorySeeder"/>); each figure with history is printed as a ratio to the same figure without.
/// </summary>
public sealed class HistoryBenchmark : IBenchmark
{
    /// <summary>How many finished instances the history holds.</summary>
    public const int InstanceCount = 100_000;

    /// <summary>The requirement: with history each figure stays within this share of the empty database's.</summary>
    public const double AllowedSlowdown = 0.10;

    /// <summary>The name measurements carry.</summary>
    public const string BenchmarkName = "history";

    /// <summary>The instance list's page size, as the designer asks for it.</summary>
    public const int ListPageSize = 15;

    private const string Database = "enamnd_history";
    private const int MinimumPool = 500;

    /// <inheritdoc />
    public string Name => $"History ({InstanceCount:#,0} finished instances)";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var server = await context.PostgresAsync(cancellationToken);
        var connectionString = await server.CreateDatabaseAsync(Database, cancellationToken);
        await using var engine = await DurableEngine.StartAsync(connectionString, cancellationToken);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await engine.VerifyAsync(cancellationToken);
        context.Log.WriteLine("history: warming up…");
        var warmUp = await engine.StartWaitingAsync(MinimumPool, cancellationToken);
        while (warmUp.TryDequeue(out var bookmarkId)) await engine.ResumeAsync(bookmarkId, cancellationToken);

        var results = new List<Measurement>();
        var empty = await MeasureAsync(context, engine, "empty database", null, cancellationToken);
        results.AddRange(empty);

        context.Log.WriteLine($"history: adding {InstanceCount:#,0} finished instances with their journal, tasks and decisions…");
        var watch = Stopwatch.StartNew();
        await HistorySeeder.SeedAsync(dataSource, await TemplateAsync(dataSource, cancellationToken), InstanceCount, cancellationToken);
        await engine.VacuumAsync(cancellationToken);
        context.Log.WriteLine($"history: added in {watch.Elapsed.TotalSeconds:0} s.");

        var full = await MeasureAsync(context, engine, $"{InstanceCount:#,0} finished instances", empty, cancellationToken);
        results.AddRange(full);
        foreach (var (with, without) in full.Zip(empty))
        {
            var ratio = with.Rate / without.Rate;
            context.Log.WriteLine($"history: {with.Scenario}: {ratio:0.00} × the empty database's rate ({(ratio >= 1 - AllowedSlowdown ? "within" : "NOT within")} {AllowedSlowdown:P0}).");
        }
        return results;
    }

    private static async Task<List<Measurement>> MeasureAsync(
        BenchmarkContext context, DurableEngine engine, string database, IReadOnlyList<Measurement>? baselines, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var instances = engine.Services.GetRequiredService<IWorkflowInstanceStore>();
        var (paging, _) = DesignerPaging.From(0, ListPageSize);
        var firstPage = new WorkflowInstanceListRequest { Page = 0, PageSize = ListPageSize };

        // Enough waiting instances for the resumes: the rate of a short trial, with a wide margin.
        var trial = await engine.StartWaitingAsync(MinimumPool, cancellationToken);
        var trialWatch = Stopwatch.StartNew();
        while (trial.TryDequeue(out var bookmarkId)) await engine.ResumeAsync(bookmarkId, cancellationToken);
        var estimate = MinimumPool / trialWatch.Elapsed.TotalSeconds;
        var pool = await engine.StartWaitingAsync((int)(estimate * (settings.WarmUp + settings.Duration).TotalSeconds * 3) + MinimumPool, cancellationToken);
        await engine.VacuumAsync(cancellationToken);

        var measured = new List<Measurement>();
        async Task MeasureOneAsync(string scenario, string unit, Func<CancellationToken, Task> operation)
        {
            context.Log.WriteLine($"history: {scenario}, {database}…");
            var run = await ClosedLoop.RunAsync(1, settings.WarmUp, settings.Duration, (_, token) => operation(token), cancellationToken);
            var name = $"{scenario}, {database}";
            measured.Add(new Measurement(BenchmarkName, name, 1, run.Rate, unit)
            {
                Latency = run.Latency,
                ComparedWith = baselines?.Single(b => b.Scenario.StartsWith(scenario + ",", StringComparison.Ordinal)).Key,
            });
        }

        await MeasureOneAsync("resume", "resumes/s", token => engine.ResumeAsync(Take(pool), token));
        await MeasureOneAsync("start", "starts/s", token => engine.StartWaitingAsync(token));
        await MeasureOneAsync("instance list, first page", "pages/s", async token =>
        {
            var (page, total) = await InstanceListing.ListAsync(instances, firstPage, paging, token);
            if (page.Count == 0 || total == 0) throw new InvalidOperationException("The instance list is empty.");
        });
        return measured;
    }

    private static async Task<string> TemplateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM instances WHERE status = 'Finished' ORDER BY created_at LIMIT 1");
        return (string?)await command.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException("No finished instance to copy.");
    }

    private static string Take(ConcurrentQueue<string> pool) =>
        pool.TryDequeue(out var bookmarkId) ? bookmarkId : throw new InvalidOperationException("No waiting instance is left to resume; the pool was too small.");
}
