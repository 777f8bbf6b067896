using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Stores;

public abstract partial class WorkflowStoreContractTests
{
    [Fact]
    public async Task Should_DeleteOnlyAnEndedInstance_When_DeletedWithItsBookmarks()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var other = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var bookmark = NewBookmark(instance);
        await stores.CommitAsync(FirstStep(instance, bookmark));
        await stores.CommitAsync(FirstStep(other, NewBookmark(other)));

        var whileRunning = await stores.Deleter.DeleteAsync(instance.Id);
        instance.Status = WorkflowStatus.Finished;
        instance.SubStatus = WorkflowSubStatus.Cancelled;
        await stores.CommitAsync(NextStep(instance, [], []));
        var kept = await stores.Deleter.KeptByAsync(instance.Id);
        var ended = await stores.Deleter.DeleteAsync(instance.Id);
        var again = await stores.Deleter.DeleteAsync(instance.Id);

        Assert.Equal(InstanceDeletionOutcome.Running, whileRunning.Outcome);
        Assert.Empty(kept);
        Assert.Equal(InstanceDeletionOutcome.Deleted, ended.Outcome);
        Assert.Equal(InstanceDeletionOutcome.NotFound, again.Outcome);
        Assert.Null(await stores.Instances.FindAsync(instance.Id));
        Assert.Null(await stores.Bookmarks.FindAsync(bookmark.Id));
        Assert.Empty(await stores.Bookmarks.ListByInstanceAsync(instance.Id));
        Assert.Empty(await stores.Instances.JournalAsync(instance.Id));
        Assert.NotNull(await stores.Instances.FindAsync(other.Id));
        Assert.Equal(2, (await stores.Instances.JournalAsync(other.Id)).Count);
        Assert.Single(await stores.Bookmarks.ListByInstanceAsync(other.Id));
    }
}
