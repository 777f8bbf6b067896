using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Stores;

/// <summary>
/// Persists one execution step as a unit: the instance, bookmark changes, journal entries and the step's signals
/// (kept pending, see <see cref="IPendingSignalStore"/>) together or not at all.
/// </summary>
public interface IWorkflowStepCommitter
{
    /// <summary>Commits a step.</summary>
    Task CommitAsync(WorkflowStep step, CancellationToken cancellationToken = default);
}
