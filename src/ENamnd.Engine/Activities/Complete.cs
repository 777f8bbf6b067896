using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Completes the workflow as a whole through the given outcomes (Elsa's <c>Complete</c>, which completes the enclosing
/// composite: here always the workflow, since a workflow used as an activity runs as an instance of its own). The
/// activity that runs this workflow for another continues through those outcomes; other branches are cancelled.
/// </summary>
[Activity("Elsa", "Complete", Category = "Sammansatt", DisplayName = "Slutför", Description = "Avslutar arbetsflödet via valda utgångar, som det anropande arbetsflödet fortsätter genom.", IsTerminal = true)]
public sealed class Complete : Activity
{
    /// <summary>An outcome name or a list of them; none means <c>Done</c>.</summary>
    [Input(DisplayName = "Utgångar", UIHint = "outcome-picker", DefaultSyntax = ExpressionTypes.Object)]
    public Input<object?> Outcomes { get; set; } = new((object?)null);

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var outcomes = OutcomesOf(context.Get(Outcomes));
        context.Complete();
        context.WorkflowContext.Finish(WorkflowSubStatus.Finished, outcomes);
        return default;
    }

    // As Elsa reads the input: one text is one outcome, a list gives one outcome per item, anything else is Done.
    private static IReadOnlyList<string> OutcomesOf(object? value) => value switch
    {
        string text => [text],
        JsonValue single when single.TryGetValue<string>(out var text) => [text],
        JsonArray list => [.. list.Select(item => item is JsonValue v && v.TryGetValue<string>(out var text) ? text : item?.ToJsonString() ?? "")],
        JsonValue other => [other.ToJsonString()],
        _ => [Ports.Done],
    };
}
