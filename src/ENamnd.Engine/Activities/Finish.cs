using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Finishes the whole workflow at once; everything still running is cancelled.</summary>
[Activity("Elsa", "Finish", Category = "Flöde", DisplayName = "Avsluta arbetsflödet", Description = "Avslutar hela arbetsflödet; allt som fortfarande pågår avbryts.", IsTerminal = true)]
public sealed class Finish : Activity
{
    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete();
        context.WorkflowContext.Finish(WorkflowSubStatus.Finished);
        return default;
    }
}
