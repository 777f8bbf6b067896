using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Runtime;

/// <summary>Commits to the in-memory store, but refuses the steps of child instances while <see cref="FailChildren"/> is set.</summary>
public sealed class FlakyChildCommitter(InMemoryWorkflowStateStore store) : IWorkflowStepCommitter
{
    /// <summary>Whether a child's step fails to commit.</summary>
    public bool FailChildren { get; set; } = true;

    /// <inheritdoc />
    public Task CommitAsync(WorkflowStep step, CancellationToken cancellationToken = default) =>
        FailChildren && step.Instance.Parent is not null
            ? throw new InvalidOperationException("Databasen startar om.")
            : store.CommitAsync(step, cancellationToken);
}
