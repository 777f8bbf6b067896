using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Gives one of the workflow's outputs a value (Elsa's <c>SetOutput</c>). When the workflow runs as an activity of another,
/// its outputs become that activity's outputs.
/// </summary>
[Activity("Elsa", "SetOutput", Category = "Sammansatt", DisplayName = "Sätt utdata", Description = "Ger en av arbetsflödets utdata ett värde.")]
public sealed class SetOutput : Activity
{
    /// <summary>The name of the workflow output.</summary>
    [Input(DisplayName = "Utdata", UIHint = "output-picker")]
    public Input<string> OutputName { get; set; } = new("");

    /// <summary>The value to give it.</summary>
    [Input(DisplayName = "Värde")]
    public Input<object?> OutputValue { get; set; } = new((object?)null);

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var name = context.Get(OutputName);
        if (string.IsNullOrWhiteSpace(name)) throw new ActivityFaultException("Ingen utdata är vald.");
        context.WorkflowContext.Instance.Output[name] = ValueConverter.ToNode(context.Get(OutputValue));
        return default;
    }
}
