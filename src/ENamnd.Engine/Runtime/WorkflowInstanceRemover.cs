using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// Deletes instances as Elsa's API does (one, or several by id): a running instance is cancelled first, through the
/// runtime like any cancel (its waiting subprocesses too), then deleted under its lock with the rows only it needs.
/// </summary>
public sealed class WorkflowInstanceRemover(IWorkflowRuntime runtime, IWorkflowInstanceStore instances, IInstanceLock locks, IWorkflowInstanceDeleter deleter)
{
    /// <summary>Deletes one instance; see <see cref="InstanceDeletion"/> for what can come of it.</summary>
    public async Task<InstanceDeletion> DeleteAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        if (await instances.FindAsync(instanceId, cancellationToken) is not { } instance) return InstanceDeletion.NotFound;
        // Checked before cancelling, so an instance that is kept is not cancelled either.
        if (await deleter.KeptByAsync(instanceId, cancellationToken) is { Count: > 0 } reasons) return InstanceDeletion.Kept(reasons);
        if (instance.Status == WorkflowStatus.Running && await runtime.CancelAsync(instanceId, cancellationToken) is null) return InstanceDeletion.NotFound;
        // Checkpoint: the instance has ended (cancelled now, or before). A crash here leaves it cancelled; deleting again finishes the job.
        await using var held = await locks.AcquireAsync(instanceId, cancellationToken);
        return await deleter.DeleteAsync(instanceId, cancellationToken);
    }
}
