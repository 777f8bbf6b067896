using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Stores;

/// <summary>Persists one execution step as a unit: the instance, bookmark changes and journal entries together or not at all.</summary>
public interface IWorkflowStepCommitter
{
    /// <summary>Commits a step.</summary>
    Task CommitAsync(WorkflowStep step, CancellationToken cancellationToken = default);
}
