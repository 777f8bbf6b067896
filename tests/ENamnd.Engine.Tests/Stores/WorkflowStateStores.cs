using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Stores;

/// <summary>
/// The views of one state store: instances, bookmarks, pending signals, the step committer writing them and the step
/// sessions that lock, read and commit as the runtime does, and the deleter of ended instances.
/// </summary>
public sealed record WorkflowStateStores(
    IWorkflowInstanceStore Instances, IBookmarkStore Bookmarks, IWorkflowStepCommitter Committer, IPendingSignalStore Signals, IWorkflowStepSessions Sessions,
    IWorkflowInstanceDeleter Deleter)
{
    /// <summary>Commits a step as the runtime does: in a session on its instance.</summary>
    public async Task CommitAsync(WorkflowStep step)
    {
        await using var session = await Sessions.OpenAsync(step.Instance.Id, load: false);
        await session.CommitAsync(step);
    }
}
