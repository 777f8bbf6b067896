using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ENamnd.Benchmarks.Idle;

/// <summary>
/// What the host asks of PostgreSQL when it has no work: the database's committed transactions
/// (<c>pg_stat_database.xact_commit</c>) per second over a minute (Hangfire's polling, its heartbeat and the host's
/// recurring sweeps all count), and then how late timers that fall due fire (they must within 30 s).
/// </summary>
public sealed class IdleHostBenchmark : IBenchmark
{
    /// <summary>The name measurements carry.</summary>
    public const string BenchmarkName = "idle host";

    private const string Database = "enamnd_idle";
    private const string TimerDefinitionId = "benchmark-idle-timer";
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan[] TimerDelays = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(20)];

    /// <summary>The most transactions per second an idle host may make.</summary>
    public const double MaximumTransactionsPerSecond = 5;

    /// <summary>How late a due timer may fire.</summary>
    public static readonly TimeSpan MaximumTimerLag = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public string Name => "Host on PostgreSQL, idle (database transactions, timers)";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var server = await context.PostgresAsync(cancellationToken);
        var connectionString = await server.CreateDatabaseAsync(Database, cancellationToken);
        context.Log.WriteLine("Starting the host on PostgreSQL…");
        await using var host = await IdleHost.StartAsync(connectionString, cancellationToken);
        await host.Services.GetRequiredService<WorkflowDefinitionPublisher>().PublishAsync(TimerWorkflow(), cancellationToken);
        context.Log.WriteLine($"Letting the start-up settle for {Settle.TotalSeconds:0} s…");
        await Task.Delay(Settle, cancellationToken);

        var runtime = host.Services.GetRequiredService<IWorkflowRuntime>();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        context.Log.WriteLine($"Measuring for {Window.TotalSeconds:0} s with no work…");
        var before = await CommittedAsync(dataSource, cancellationToken);
        var idleFrom = DateTimeOffset.UtcNow;
        await Task.Delay(Window, cancellationToken);
        var after = await CommittedAsync(dataSource, cancellationToken);
        var rate = (after - before) / (DateTimeOffset.UtcNow - idleFrom).TotalSeconds;
        context.Log.WriteLine($"{after - before} transactions (this benchmark's two reads included).");

        var timers = new List<(string InstanceId, DateTimeOffset Due)>();
        foreach (var delay in TimerDelays)
        {
            var input = new System.Text.Json.Nodes.JsonObject { ["delay"] = delay.ToString("c") };
            var instance = (await runtime.StartAsync(new StartWorkflowRequest(TimerDefinitionId) { Input = input }, cancellationToken)).Instance;
            timers.Add((instance.Id, instance.CreatedAt + delay));
        }
        var lastDue = timers.Max(t => t.Due);
        context.Log.WriteLine($"Waiting for {timers.Count} timers to fall due and fire…");
        await Task.Delay(lastDue - DateTimeOffset.UtcNow + MaximumTimerLag, cancellationToken);
        var instances = host.Services.GetRequiredService<IWorkflowInstanceStore>();
        var lags = new List<double>();
        foreach (var (id, due) in timers)
        {
            var instance = await instances.FindAsync(id, cancellationToken);
            if (instance?.FinishedAt is not { } finished)
                throw new InvalidOperationException($"The timer of instance {id}, due {due:O}, had not fired {MaximumTimerLag.TotalSeconds:0} s after it was due.");
            lags.Add((finished - due).TotalMilliseconds);
        }
        return
        [
            new Measurement(BenchmarkName, "database transactions, no work", 0, rate, "tx/s") { MaximumRate = MaximumTransactionsPerSecond },
            new Measurement(BenchmarkName, "due timers, late by", 0, timers.Count, "timers")
            {
                Latency = LatencySummary.Of(lags),
                TargetMilliseconds = MaximumTimerLag.TotalMilliseconds,
            },
        ];
    }

    // Start → Delay (the input's delay) → End.
    private static WorkflowDefinition TimerWorkflow()
    {
        var flowchart = new Flowchart();
        var start = new Start();
        var delay = new Delay(new Input<TimeSpan>(Expression.JavaScript("getInput('delay')")));
        flowchart.Connect(start, delay).Connect(delay, new End());
        return new WorkflowBuilder(TimerDefinitionId, "Benchmark: en timer").Build(flowchart);
    }

    private static async Task<long> CommittedAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
