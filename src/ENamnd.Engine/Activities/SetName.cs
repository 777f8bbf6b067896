using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Sets the instance's name to a value (Elsa's <c>Elsa.SetName</c>).</summary>
[Activity("Elsa", "SetName", Category = "Primitiver", DisplayName = "Sätt namn", Description = "Ger instansen ett nytt namn.")]
public sealed class SetName : Activity
{
    /// <summary>The new name.</summary>
    [Input(DisplayName = "Namn", Description = "Värdet som blir instansens namn.")]
    public Input<string?> Value { get; set; } = new("");

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.WorkflowContext.Instance.Name = context.Get(Value);
        return default;
    }
}
