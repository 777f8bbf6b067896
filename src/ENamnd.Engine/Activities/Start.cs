using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Marks where a flowchart begins.</summary>
[Activity("Elsa", "Start", Category = "Flöde", DisplayName = "Start", Description = "Här börjar flödet.", IsStart = true)]
public sealed class Start : Activity
{
    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context) => default;
}
