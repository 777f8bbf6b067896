using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Runtime;

/// <summary>An in-memory instance lock whose release throws after releasing, as a database lock may when its connection breaks.</summary>
public sealed class ThrowingReleaseLock : IInstanceLock
{
    private readonly InMemoryInstanceLock inner = new();

    /// <summary>How many releases have thrown.</summary>
    public int FailedReleases { get; private set; }

    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken = default) =>
        new Held(await inner.AcquireAsync(instanceId, cancellationToken), this);

    private sealed class Held(IAsyncDisposable held, ThrowingReleaseLock owner) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await held.DisposeAsync();
            owner.FailedReleases++;
            throw new InvalidOperationException("Anslutningen bröts när låset släpptes.");
        }
    }
}
