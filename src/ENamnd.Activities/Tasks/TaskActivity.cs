using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tasks;

/// <summary>
/// The base of activities that wait on participant tasks: a resumed task bookmark that carries a coordinator's
/// <see cref="TaskCommand"/> (remind now, give to someone else) is handled here, the same way for every such activity;
/// a municipality joining the case reaches <see cref="JoinAsync"/>; every other resume reaches <see cref="ResumeTaskAsync"/>.
/// </summary>
public abstract class TaskActivity : Activity
{

    /// <inheritdoc />
    protected sealed override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        if (LateJoins.Of(context, bookmark) is { } join)
        {
            LateJoins.Await(context);
            return JoinAsync(context, join.Code, join.By);
        }
        return context.RunCommand(bookmark) ? default : ResumeTaskAsync(context, bookmark);
    }

    /// <summary>Continues after a task was answered or one of the activity's timers fired.</summary>
    protected abstract ValueTask ResumeTaskAsync(ActivityExecutionContext context, Bookmark bookmark);

    /// <summary>
    /// Takes a municipality that joins the case later (by code) into the round. Only rounds that asked for joins
    /// (with <see cref="LateJoins"/>) are resumed so; the others never are.
    /// </summary>
    protected virtual ValueTask JoinAsync(ActivityExecutionContext context, string municipality, string by) =>
        throw new ActivityFaultException($"Aktiviteten {GetType().Name} tar inte emot kommuner som ansluter senare.");
}
