using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Breaks out of the nearest enclosing loop (<see cref="For"/>, <see cref="ForEach"/>, <see cref="While"/>). Sequences and
/// forks on the way complete at once; in a flowchart, the flowchart completes, as after any terminal activity.
/// </summary>
[Activity("Elsa", "Break", Category = "Loopar", DisplayName = "Bryt loop", Description = "Avbryter den närmaste omgivande loopen; i ett flödesschema avslutas flödesschemat.", IsTerminal = true)]
public sealed class Break : Activity
{
    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        // As Elsa's BreakSignal: it travels up the executions that scheduled this one; each learns that it is breaking,
        // and the nearest loop stops it. Nothing is cancelled here: each owner completes when its running child does.
        for (var ancestor = context.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            ancestor.SetBreaking();
            if (ancestor.Activity is ILoop) break;
        }
        return default;
    }
}
