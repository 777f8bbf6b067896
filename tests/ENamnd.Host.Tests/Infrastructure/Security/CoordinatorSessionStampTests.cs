using ENamnd.Host.Infrastructure.Security;
using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Infrastructure.Security;

/// <summary>
/// The session stamp's cache: two hosts on one store see each other's sign-out within the cache time, never accept the
/// old stamp after their own, and accept a newer stamp at once.
/// </summary>
public sealed class CoordinatorSessionStampTests
{
    private readonly SharedStore store = new();
    private readonly TestClock clock = new(DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task Should_AgreeOnOneStamp_When_TwoHostsReadAnEmptyStore()
    {
        var (a, b) = (new CoordinatorSessionStamp(store, clock), new CoordinatorSessionStamp(store, clock));

        Assert.Equal(await a.CurrentAsync(CancellationToken.None), await b.CurrentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Should_RefuseTheOldStampAtOnce_When_ThisHostSignedOut()
    {
        var host = new CoordinatorSessionStamp(store, clock);
        var old = await host.CurrentAsync(CancellationToken.None);

        await host.RenewAsync(CancellationToken.None);

        Assert.False(await host.IsCurrentAsync(old, CancellationToken.None));
        Assert.True(await host.IsCurrentAsync(store.Stamp, CancellationToken.None));
    }

    [Fact]
    public async Task Should_RefuseTheOldStampAfterTheCacheTime_When_AnotherHostSignedOut()
    {
        var (a, b) = (new CoordinatorSessionStamp(store, clock), new CoordinatorSessionStamp(store, clock));
        var old = await b.CurrentAsync(CancellationToken.None);

        await a.RenewAsync(CancellationToken.None);
        var withinCacheTime = await b.IsCurrentAsync(old, CancellationToken.None);
        clock.Advance(CoordinatorSessionStamp.CacheTime);

        Assert.True(withinCacheTime);
        Assert.False(await b.IsCurrentAsync(old, CancellationToken.None));
    }

    [Fact]
    public async Task Should_AcceptTheNewStampAtOnce_When_AnotherHostSignedOutAndIn()
    {
        var (a, b) = (new CoordinatorSessionStamp(store, clock), new CoordinatorSessionStamp(store, clock));
        await b.CurrentAsync(CancellationToken.None);

        await a.RenewAsync(CancellationToken.None);

        Assert.True(await b.IsCurrentAsync(await a.CurrentAsync(CancellationToken.None), CancellationToken.None));
    }

    [Fact]
    public async Task Should_NotRememberTheOldStamp_When_AReadBeganBeforeThisHostSignedOut()
    {
        var host = new CoordinatorSessionStamp(store, clock);
        var old = await host.CurrentAsync(CancellationToken.None);
        clock.Advance(CoordinatorSessionStamp.CacheTime);
        store.HoldReads();

        var slowRead = host.IsCurrentAsync(old, CancellationToken.None).AsTask();
        await store.ReadStarted;
        await host.RenewAsync(CancellationToken.None);
        store.ReleaseReads(answer: old);

        Assert.False(await slowRead);
        Assert.False(await host.IsCurrentAsync(old, CancellationToken.None));
    }

    [Fact]
    public async Task Should_Refuse_When_TheCookieHasNoStamp()
    {
        var host = new CoordinatorSessionStamp(store, clock);

        Assert.False(await host.IsCurrentAsync(null, CancellationToken.None));
    }

    // One store for several hosts, like the database table; reads can be held to interleave them with a renewal.
    private sealed class SharedStore : ICoordinatorSessionStampStore
    {
        private readonly Lock gate = new();
        private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource<string>? held;

        public string? Stamp { get; private set; }

        public Task ReadStarted => started.Task;

        public void HoldReads() => held = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        public void ReleaseReads(string answer)
        {
            var reads = held!;
            held = null;
            reads.SetResult(answer);
        }

        public async ValueTask<string> ReadOrCreateAsync(string candidate, CancellationToken cancellationToken)
        {
            if (held is { } reads)
            {
                started.TrySetResult();
                return await reads.Task;
            }
            lock (gate) return Stamp ??= candidate;
        }

        public Task ReplaceAsync(string stamp, CancellationToken cancellationToken)
        {
            lock (gate) Stamp = stamp;
            return Task.CompletedTask;
        }
    }
}
