using System.Collections.Concurrent;

namespace ENamnd.Engine.Stores;

/// <summary>An in-process lock per instance, for a single host.</summary>
public sealed class InMemoryInstanceLock : IInstanceLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new();

    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var semaphore = locks.GetOrAdd(instanceId, static _ => new SemaphoreSlim(1, 1));
        await semaphore.WaitAsync(cancellationToken);
        return new Releaser(semaphore);
    }

    private sealed class Releaser(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) semaphore.Release();
            return default;
        }
    }
}
