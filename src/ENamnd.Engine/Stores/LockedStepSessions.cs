using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Stores;

/// <summary>Step sessions made of the separate stores: the instance lock, a read of the instance and the committer.</summary>
public sealed class LockedStepSessions(
    IInstanceLock locks,
    IWorkflowInstanceStore instances,
    IBookmarkStore bookmarks,
    IWorkflowStepCommitter committer) : IWorkflowStepSessions
{
    /// <inheritdoc />
    public async Task<IWorkflowStepSession> OpenAsync(string instanceId, bool load, CancellationToken cancellationToken = default)
    {
        var held = await locks.AcquireAsync(instanceId, cancellationToken);
        try
        {
            var instance = load ? await instances.FindAsync(instanceId, cancellationToken) : null;
            return new Session(instanceId, held, instance, committer);
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>The executor checks the bookmark again in the instance read under the lock.</remarks>
    public async Task<IWorkflowStepSession?> OpenForBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        if (await bookmarks.FindAsync(bookmarkId, cancellationToken) is not { } bookmark) return null;
        var session = await OpenAsync(bookmark.InstanceId, load: true, cancellationToken);
        if (session.Instance is not null) return session;
        await session.DisposeAsync();
        return null;
    }

    private sealed class Session(string instanceId, IAsyncDisposable held, WorkflowInstance? instance, IWorkflowStepCommitter committer) : IWorkflowStepSession
    {
        public string InstanceId => instanceId;

        public WorkflowInstance? Instance => instance;

        public Task CommitAsync(WorkflowStep step, CancellationToken cancellationToken = default) => committer.CommitAsync(step, cancellationToken);

        public ValueTask DisposeAsync() => held.DisposeAsync();
    }
}
