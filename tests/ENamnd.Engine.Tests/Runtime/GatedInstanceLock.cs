using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Runtime;

/// <summary>
/// An in-memory instance lock that, once armed, holds every caller until the expected number have
/// asked for it, so that concurrent calls really overlap before one of them takes the lock.
/// </summary>
public sealed class GatedInstanceLock : IInstanceLock
{
    private readonly InMemoryInstanceLock inner = new();
    private TaskCompletionSource? gate;
    private int expected;
    private int arrived;

    /// <summary>Holds the next callers until <paramref name="callers"/> of them are waiting.</summary>
    public void HoldUntil(int callers)
    {
        expected = callers;
        arrived = 0;
        gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        if (gate is { } armed)
        {
            if (Interlocked.Increment(ref arrived) >= expected) armed.TrySetResult();
            // A guard against a hang if the callers never overlap, not a wait on time.
            await armed.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }
        return await inner.AcquireAsync(instanceId, cancellationToken);
    }
}
