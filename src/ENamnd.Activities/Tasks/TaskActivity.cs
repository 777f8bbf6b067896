using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tasks;

/// <summary>
/// The base of activities that wait on participant tasks: a resumed task bookmark that carries a coordinator's
/// <see cref="TaskCommand"/> (remind now, give to someone else) is handled here, the same way for every such activity;
/// every other resume reaches <see cref="ResumeTaskAsync"/>.
/// </summary>
public abstract class TaskActivity : Activity
{
    /// <inheritdoc />
    protected sealed override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark) =>
        context.RunCommand(bookmark) ? default : ResumeTaskAsync(context, bookmark);

    /// <summary>Continues after a task was answered or one of the activity's timers fired.</summary>
    protected abstract ValueTask ResumeTaskAsync(ActivityExecutionContext context, Bookmark bookmark);
}
