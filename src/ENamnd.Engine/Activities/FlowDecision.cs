using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Continues through <c>True</c> or <c>False</c> depending on a condition (Elsa's <c>Elsa.FlowDecision</c>). Definitions
/// written before the Elsa name was adopted say <c>Elsa.Decision</c>; they are read as this activity.
/// </summary>
[Activity("Elsa", "FlowDecision", Category = "Flöde", DisplayName = "Villkor", Description = "Går vidare via Sant eller Falskt beroende på ett villkor.",
    FormerTypeNames = ["Elsa.Decision"])]
[FlowNode("True", "False")]
public sealed class FlowDecision : Activity
{
    /// <summary>The condition.</summary>
    [Input(DisplayName = "Villkor", UIHint = "singleline", DefaultSyntax = ExpressionTypes.JavaScript)]
    public Input<bool> Condition { get; set; } = new(false);

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete(context.Get(Condition) ? "True" : "False");
        return default;
    }
}
