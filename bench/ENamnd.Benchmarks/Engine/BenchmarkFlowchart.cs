using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Benchmarks.Engine;

/// <summary>
/// A flowchart of 20 activities that runs straight through: Start, then six rounds of SetVariable →
/// WriteLine → FlowDecision (whose False branch would end early), then End.
/// </summary>
public static class BenchmarkFlowchart
{
    /// <summary>The definition id.</summary>
    public const string DefinitionId = "benchmark-flowchart-20";

    /// <summary>The variable each round increments.</summary>
    public const string Counter = "Counter";

    /// <summary>How many SetVariable → WriteLine → FlowDecision rounds there are.</summary>
    public const int Rounds = 6;

    /// <summary>The number of activities in the flowchart (the flowchart itself not counted).</summary>
    public const int ActivityCount = 2 + 3 * Rounds;

    /// <summary>Builds the definition with expressions of <paramref name="style"/>.</summary>
    public static WorkflowDefinition Build(ExpressionStyle style)
    {
        var flowchart = new Flowchart();
        var end = new End();
        Activity previous = new Start();
        for (var round = 1; round <= Rounds; round++)
        {
            Activity[] steps = [SetCounter(style, round), Write(style, round), Check(style)];
            foreach (var step in steps)
            {
                Connect(flowchart, previous, step, end);
                previous = step;
            }
        }
        Connect(flowchart, previous, end, end);
        return new WorkflowBuilder(DefinitionId, "Benchmark: 20 aktiviteter")
            .WithVariable(Counter, 0)
            .Build(flowchart);
    }

    // A decision continues through True; its False branch goes to End.
    private static void Connect(Flowchart flowchart, Activity from, Activity to, End end)
    {
        if (from is FlowDecision)
        {
            flowchart.Connect(from, to, "True");
            flowchart.Connect(from, end, "False");
        }
        else
        {
            flowchart.Connect(from, to);
        }
    }

    private static SetVariable SetCounter(ExpressionStyle style, int round) => style == ExpressionStyle.Literal
        ? new SetVariable(Counter, new Input<object>(round))
        : new SetVariable(Counter, new Input<object>(Expression.JavaScript($"variables.{Counter} + 1")));

    private static WriteLine Write(ExpressionStyle style, int round) => style == ExpressionStyle.Literal
        ? new WriteLine($"Steg {round}")
        : new WriteLine(new Input<string>(Expression.Liquid($"Steg {{{{ Variables.{Counter} }}}}")));

    private static FlowDecision Check(ExpressionStyle style) => new()
    {
        Condition = style == ExpressionStyle.Literal
            ? new Input<bool>(true)
            : new Input<bool>(Expression.JavaScript($"variables.{Counter} > 0")),
    };
}
