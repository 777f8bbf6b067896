using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Stores;

/// <summary>Reads workflow instances; they are written only through <see cref="IWorkflowStepCommitter"/>.</summary>
public interface IWorkflowInstanceStore
{
    /// <summary>An instance by id, as last committed.</summary>
    Task<WorkflowInstance?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The instances that match a filter, newest first.</summary>
    Task<IReadOnlyList<WorkflowInstance>> ListAsync(WorkflowInstanceFilter filter, CancellationToken cancellationToken = default);
}
