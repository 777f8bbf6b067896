using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Ends the flowchart it is in; other branches of that flowchart are cancelled.</summary>
[Activity("Elsa", "End", Category = "Flöde", DisplayName = "Slut", Description = "Avslutar flödesschemat; övriga grenar avbryts.", IsTerminal = true)]
public sealed class End : Activity
{
    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var flowchart = context.Parent;
        while (flowchart is not null && flowchart.Activity is not Flowchart) flowchart = flowchart.Parent;
        context.Complete();
        flowchart?.Complete();
        return default;
    }
}
