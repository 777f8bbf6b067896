namespace ENamnd.Engine.Stores;

/// <summary>
/// Deletes an ended instance with the rows only it needs (bookmarks, journal, pending signals, sent messages), in one
/// transaction; an instance that records to be kept still name (a case, tasks, decisions) is kept whole.
/// </summary>
public interface IWorkflowInstanceDeleter
{
    /// <summary>Why the instance must be kept (records that name it), one Swedish sentence each; empty when it may be deleted once ended.</summary>
    Task<IReadOnlyList<string>> KeptByAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the instance when it has ended and nothing to be kept names it; the caller holds the instance's lock.</summary>
    Task<InstanceDeletion> DeleteAsync(string instanceId, CancellationToken cancellationToken = default);
}
