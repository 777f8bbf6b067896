namespace ENamnd.Engine.Stores;

/// <summary>
/// Opens the unit of work of one execution step: the instance's lock, its state as of the lock and the commit of
/// what the step changed. A store may do all three on one connection in one transaction.
/// </summary>
public interface IWorkflowStepSessions
{
    /// <summary>Takes the lock of <paramref name="instanceId"/> and, with <paramref name="load"/>, reads the instance as last committed.</summary>
    Task<IWorkflowStepSession> OpenAsync(string instanceId, bool load, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the lock of the instance an open bookmark belongs to and reads the instance; null when the bookmark is
    /// no longer open once the lock is held (a concurrent step consumed it).
    /// </summary>
    Task<IWorkflowStepSession?> OpenForBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default);
}
