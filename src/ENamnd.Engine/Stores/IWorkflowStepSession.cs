using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Stores;

/// <summary>One step's hold on an instance: disposing releases the lock and undoes whatever was not committed.</summary>
public interface IWorkflowStepSession : IAsyncDisposable
{
    /// <summary>The id of the instance whose lock the session holds.</summary>
    string InstanceId { get; }

    /// <summary>The instance as last committed, when it was read and exists.</summary>
    WorkflowInstance? Instance { get; }

    /// <summary>Commits the step as one unit (see <see cref="IWorkflowStepCommitter"/>); at most once per session.</summary>
    Task CommitAsync(WorkflowStep step, CancellationToken cancellationToken = default);
}
