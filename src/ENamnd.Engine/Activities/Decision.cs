using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Continues through <c>True</c> or <c>False</c> depending on a condition.</summary>
[Activity("Elsa", "Decision", Category = "Flöde", DisplayName = "Villkor", Description = "Går vidare via Sant eller Falskt beroende på ett villkor.")]
[FlowNode("True", "False")]
public sealed class Decision : Activity
{
    /// <summary>The condition.</summary>
    [Input(DisplayName = "Villkor", UIHint = "checkbox", DefaultSyntax = ExpressionTypes.JavaScript)]
    public Input<bool> Condition { get; set; } = new(false);

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete(context.Get(Condition) ? "True" : "False");
        return default;
    }
}
