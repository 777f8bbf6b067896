using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

public sealed partial class Flowchart
{
    /// <summary>
    /// As Elsa: when a terminal activity (<see cref="Break"/>, <see cref="End"/>) completes, the flowchart completes at once and
    /// whatever else runs in it is cancelled. So a <see cref="Break"/> ends a loop drawn with connections by ending its flowchart.
    /// </summary>
    private static bool CompletedByTerminal(ActivityExecutionContext context, ChildCompletion child)
    {
        if (!ActivityTypeInfo.Of(child.Activity.GetType()).Attribute.IsTerminal) return false;
        context.Complete();
        return true;
    }
}
