using ENamnd.Benchmarks;
using ENamnd.Benchmarks.Cases;
using ENamnd.Benchmarks.Contracts;
using ENamnd.Benchmarks.Engine;
using ENamnd.Benchmarks.History;
using ENamnd.Benchmarks.Idle;
using ENamnd.Benchmarks.Pgbench;

BenchmarkSettings settings;
try
{
    settings = BenchmarkSettings.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"{e.Message}\n{BenchmarkSettings.Usage}");
    return 2;
}

// Ctrl+C ends the run through the normal path, so the PostgreSQL server is stopped and deleted.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

// In the order of BenchmarkSettings.Names; pgbench first, as the durable engine's baseline.
(string Name, IBenchmark Benchmark)[] benchmarks =
[
    ("pgbench", new PgbenchBenchmark()), ("engine", new DurableEngineBenchmark()), ("memory", new InMemoryEngineBenchmark()), ("cases", new CasePagesBenchmark()),
    ("contracts", new ContractScanBenchmark()), ("history", new HistoryBenchmark()), ("idle", new IdleHostBenchmark()),
];
await using var context = new BenchmarkContext(settings, Console.Error);
foreach (var (name, benchmark) in benchmarks)
{
    if (settings.Runs(name)) await context.RunAsync(benchmark, cancel.Token);
}
Report.Print(Console.Out, settings, context.Results);
return 0;
