using ENamnd.Engine;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Benchmarks.Engine;

/// <summary>
/// Instances per second of the 20-activity flowchart, started and run to the end in memory by one
/// client: through <see cref="WorkflowExecutor"/> alone, and through <see cref="IWorkflowRuntime"/>
/// with the in-memory stores (lock, state serialization, commit).
/// </summary>
public sealed class InMemoryEngineBenchmark : IBenchmark
{
    /// <summary>The name measurements carry.</summary>
    public const string BenchmarkName = "engine in memory";

    /// <inheritdoc />
    public string Name => $"Engine in memory ({BenchmarkFlowchart.ActivityCount}-activity flowchart)";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var results = new List<Measurement>();
        foreach (var style in Enum.GetValues<ExpressionStyle>())
        {
            var definition = BenchmarkFlowchart.Build(style);
            results.Add(await MeasureAsync(context, $"WorkflowExecutor, {Describe(style)}", ExecutorOperation(definition), cancellationToken));
            await using var runtime = new InMemoryRuntime(definition);
            results.Add(await MeasureAsync(context, $"IWorkflowRuntime, {Describe(style)}", runtime.StartAsync, cancellationToken));
        }
        return results;
    }

    private static async Task<Measurement> MeasureAsync(
        BenchmarkContext context, string scenario, Func<CancellationToken, Task<WorkflowInstance>> startInstance, CancellationToken cancellationToken)
    {
        context.Log.WriteLine($"{scenario}…");
        // A benchmark that measures a broken run measures nothing: the first instance must finish with the counter set.
        var first = await startInstance(cancellationToken);
        if (first.SubStatus != WorkflowSubStatus.Finished || (int?)first.Variables[BenchmarkFlowchart.Counter] != BenchmarkFlowchart.Rounds)
            throw new InvalidOperationException($"The benchmark flowchart ended as {first.SubStatus} with {BenchmarkFlowchart.Counter} = {first.Variables[BenchmarkFlowchart.Counter]}.");

        var run = await ClosedLoop.RunAsync(1, context.Settings.WarmUp, context.Settings.Duration,
            (_, token) => startInstance(token), cancellationToken);
        return new Measurement(BenchmarkName, scenario, 1, run.Rate, "instances/s") { Latency = run.Latency };
    }

    private static Func<CancellationToken, Task<WorkflowInstance>> ExecutorOperation(WorkflowDefinition definition)
    {
        var executor = new ServiceCollection().AddWorkflowEngine().BuildServiceProvider().GetRequiredService<WorkflowExecutor>();
        var workflow = Workflow.From(definition);
        return async token =>
        {
            var instance = executor.CreateInstance(workflow);
            return (await executor.StartAsync(workflow, instance, cancellationToken: token)).Instance;
        };
    }

    private static string Describe(ExpressionStyle style) => style switch
    {
        ExpressionStyle.Literal => "literal values",
        _ => "JavaScript + Liquid",
    };
}
