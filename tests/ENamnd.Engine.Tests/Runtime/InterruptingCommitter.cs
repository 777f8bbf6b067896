using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Runtime;

/// <summary>Commits to the in-memory store, but can refuse the steps of child instances or stop as a crash would right after a commit.</summary>
public sealed class InterruptingCommitter(InMemoryWorkflowStateStore store) : IWorkflowStepCommitter
{
    /// <summary>Whether a child's step fails to commit (nothing of it is stored).</summary>
    public bool RefuseChildren { get; set; }

    /// <summary>Whether a step with signals throws right after it is committed, as if the process died before delivering them.</summary>
    public bool CrashAfterSignals { get; set; }

    /// <inheritdoc />
    public async Task CommitAsync(WorkflowStep step, CancellationToken cancellationToken = default)
    {
        if (RefuseChildren && step.Instance.Parent is not null) throw new InvalidOperationException("Databasen startar om.");
        await store.CommitAsync(step, cancellationToken);
        if (CrashAfterSignals && step.Signals.Count > 0) throw new SimulatedCrashException();
    }
}

/// <summary>Stands for a process that died right after a commit.</summary>
public sealed class SimulatedCrashException() : Exception("Processen dog efter committen.");
