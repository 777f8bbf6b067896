using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Stores;

public abstract partial class WorkflowStoreContractTests
{
    private static readonly TimeSpan Blocked = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task Should_ReadTheInstanceAsCommitted_When_ASessionIsOpened()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        await stores.CommitAsync(FirstStep(instance));

        await using var loaded = await stores.Sessions.OpenAsync(instance.Id, load: true);
        await using var unloaded = await stores.Sessions.OpenAsync(NewId("annan"), load: false);
        await using var missing = await stores.Sessions.OpenAsync(NewId("saknas"), load: true);

        Assert.Equal(instance.Id, loaded.InstanceId);
        AssertSameState(instance, loaded.Instance);
        Assert.Null(unloaded.Instance);
        Assert.Null(missing.Instance);
    }

    [Fact]
    public async Task Should_WaitAndReadTheCommittedStep_When_AnotherSessionHoldsTheInstance()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        await stores.CommitAsync(FirstStep(instance));
        var first = await stores.Sessions.OpenAsync(instance.Id, load: true);

        var second = stores.Sessions.OpenAsync(instance.Id, load: true);
        var waited = await Task.WhenAny(second, Task.Delay(Blocked)) != second;
        first.Instance!.Variables["Count"] = 42;
        await first.CommitAsync(NextStep(first.Instance, [], []));
        await first.DisposeAsync();
        await using var opened = await second.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(waited, "The second session was opened while the first held the instance.");
        Assert.Equal(42, (int?)opened.Instance!.Variables["Count"]);
    }

    [Fact]
    public async Task Should_OpenTheBookmarksInstance_When_TheBookmarkIsOpen()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var approval = NewBookmark(instance);
        await stores.CommitAsync(FirstStep(instance, approval));

        await using var session = await stores.Sessions.OpenForBookmarkAsync(approval.Id);

        Assert.NotNull(session);
        Assert.Equal(instance.Id, session.InstanceId);
        AssertSameState(instance, session.Instance);
        Assert.Null(await stores.Sessions.OpenForBookmarkAsync(NewId("saknas")));
    }

    [Fact]
    public async Task Should_OpenNoSession_When_TheBookmarkIsConsumedWhileWaiting()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var approval = NewBookmark(instance);
        await stores.CommitAsync(FirstStep(instance, approval));
        var first = await stores.Sessions.OpenForBookmarkAsync(approval.Id);

        var second = stores.Sessions.OpenForBookmarkAsync(approval.Id);
        var waited = await Task.WhenAny(second, Task.Delay(Blocked)) != second;
        await first!.CommitAsync(NextStep(first.Instance!, [], [approval.Id]));
        await first.DisposeAsync();
        var late = await second.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(waited, "The second session was opened while the first held the instance.");
        // A store that checks the bookmark itself opens nothing; one that leaves it to the executor gives a state without it.
        if (late is not null)
        {
            await using (late) Assert.DoesNotContain(late.Instance!.Bookmarks, b => b.Id == approval.Id);
        }
    }

    [Fact]
    public async Task Should_KeepNothingAndReleaseTheInstance_When_ASessionEndsWithoutCommitting()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);

        await using (await stores.Sessions.OpenAsync(instance.Id, load: false)) { }
        await using var again = await stores.Sessions.OpenAsync(instance.Id, load: true).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(again.Instance);
        Assert.Null(await stores.Instances.FindAsync(instance.Id));
    }

    [Fact]
    public async Task Should_CommitTheWholeStep_When_ASessionCommits()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var timer = NewBookmark(instance, Now.AddDays(1));
        var signal = new PendingSignal(NewId("signal"), instance.Id, new WorkflowSignal.CancelChild(NewId("barn")), Now);
        var step = FirstStep(instance, timer) with { Signals = [signal] };

        await using (var session = await stores.Sessions.OpenAsync(instance.Id, load: false)) await session.CommitAsync(step);

        AssertSameState(instance, await stores.Instances.FindAsync(instance.Id));
        AssertSameBookmark(timer, await stores.Bookmarks.FindAsync(timer.Id));
        Assert.Contains(await stores.Signals.ListPendingAsync(Now, 100), s => s.Id == signal.Id);
    }
}
