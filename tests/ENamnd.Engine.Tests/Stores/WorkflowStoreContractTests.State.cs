using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Stores;

public abstract partial class WorkflowStoreContractTests
{
    [Fact]
    public async Task Should_FindCommittedInstance_When_StepIsCommitted()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);

        await stores.CommitAsync(FirstStep(instance));

        AssertSameState(instance, await stores.Instances.FindAsync(instance.Id));
        Assert.Null(await stores.Instances.FindAsync(NewId("saknas")));
    }

    [Fact]
    public async Task Should_ReturnLatestState_When_InstanceIsCommittedAgain()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        await stores.CommitAsync(FirstStep(instance));
        instance.Variables["Count"] = 4;
        instance.Status = WorkflowStatus.Finished;
        instance.SubStatus = WorkflowSubStatus.Finished;
        instance.FinishedAt = Now.AddHours(1);
        var completed = new JournalEntry { Sequence = 3, ActivityId = "Root", NodeId = "Workflow1:Root", ActivityType = "Elsa.Flowchart", EventType = JournalEventType.Completed, Outcomes = ["Done"], Timestamp = Now.AddHours(1) };

        await stores.CommitAsync(NextStep(instance, [], [], completed));

        var found = await stores.Instances.FindAsync(instance.Id);
        AssertSameState(instance, found);
        Assert.Equal([1L, 2, 3], (await stores.Instances.JournalAsync(instance.Id)).Select(e => e.Sequence));
        Assert.Equal(3, found!.LastJournalSequence);
    }

    [Fact]
    public async Task Should_AddAndRemoveBookmarks_When_StepsAreCommitted()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var approval = NewBookmark(instance);
        var timer = NewBookmark(instance, Now.AddDays(1));
        await stores.CommitAsync(FirstStep(instance, approval, timer));
        Assert.Equal(Ids(approval, timer), Ids([.. await stores.Bookmarks.ListByInstanceAsync(instance.Id)]));
        AssertSameBookmark(approval, await stores.Bookmarks.FindAsync(approval.Id));
        AssertSameBookmark(timer, await stores.Bookmarks.FindAsync(timer.Id));
        var reminder = NewBookmark(instance, Now.AddDays(2));

        await stores.CommitAsync(NextStep(instance, [reminder], [approval.Id]));

        Assert.Null(await stores.Bookmarks.FindAsync(approval.Id));
        Assert.Equal(Ids(timer, reminder), Ids([.. await stores.Bookmarks.ListByInstanceAsync(instance.Id)]));
        AssertSameState(instance, await stores.Instances.FindAsync(instance.Id));
    }

    [Fact]
    public async Task Should_ListOnlyInstanceBookmarks_When_ListingByInstance()
    {
        var stores = await CreateStateStoresAsync();
        var definitionId = NewId("kontrakt");
        var mine = NewInstance(definitionId, NewId("NBD"), Now);
        var other = NewInstance(definitionId, NewId("NBD"), Now);
        var myBookmark = NewBookmark(mine);
        await stores.CommitAsync(FirstStep(mine, myBookmark));
        await stores.CommitAsync(FirstStep(other, NewBookmark(other), NewBookmark(other, Now)));

        var listed = await stores.Bookmarks.ListByInstanceAsync(mine.Id);

        AssertSameBookmark(myBookmark, Assert.Single(listed));
        Assert.Empty(await stores.Bookmarks.ListByInstanceAsync(NewId("saknas")));
    }

    [Fact]
    public async Task Should_ListOnlyBookmarksOfThatName_When_ListingByName()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var eventName = new BookmarkName(NewId("Test.Event"));
        var first = NewBookmark(instance) with { Name = eventName };
        var second = NewBookmark(instance) with { Name = eventName, CreatedAt = Now.AddMinutes(1) };
        await stores.CommitAsync(FirstStep(instance, second, NewBookmark(instance), NewBookmark(instance, Now), first));

        var listed = await stores.Bookmarks.ListByNameAsync(eventName);

        Assert.Equal([first.Id, second.Id], listed.Select(b => b.Id).ToList());
        AssertSameBookmark(first, listed[0]);
        Assert.Empty(await stores.Bookmarks.ListByNameAsync(new BookmarkName(NewId("Saknas"))));
    }

    [Fact]
    public async Task Should_ListOnlyDueBookmarksEarliestFirst_When_ListingDue()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var dueLater = NewBookmark(instance, Now.AddHours(-1));
        var notDue = NewBookmark(instance, Now.AddSeconds(1));
        var dueFirst = NewBookmark(instance, Now.AddHours(-2));
        var dueNow = NewBookmark(instance, Now);
        var untimed = NewBookmark(instance);
        await stores.CommitAsync(FirstStep(instance, dueLater, notDue, dueFirst, dueNow, untimed));

        var due = await stores.Bookmarks.ListDueAsync(Now, 1000);

        Assert.Equal([dueFirst.Id, dueLater.Id, dueNow.Id], due.Where(b => b.InstanceId == instance.Id).Select(b => b.Id).ToList());
        Assert.All(due, b => Assert.True(b.DueAt <= Now));
        Assert.Equal(due.OrderBy(b => b.DueAt).Select(b => b.DueAt), due.Select(b => b.DueAt));
        Assert.Single(await stores.Bookmarks.ListDueAsync(Now, 1));
    }

    [Fact]
    public async Task Should_FilterInstancesNewestFirst_When_ListingByCorrelationIdAndStatus()
    {
        var stores = await CreateStateStoresAsync();
        var definitionId = NewId("kontrakt");
        var caseNumber = NewId("NBD");
        var older = NewInstance(definitionId, caseNumber, Now);
        var newer = NewInstance(definitionId, caseNumber, Now.AddMinutes(5), WorkflowStatus.Finished);
        var otherCase = NewInstance(definitionId, NewId("NBD"), Now.AddMinutes(10));
        foreach (var instance in new[] { newer, otherCase, older }) await stores.CommitAsync(FirstStep(instance));

        var byCase = await stores.Instances.ListAsync(new WorkflowInstanceFilter(CorrelationId: caseNumber));
        var finishedInCase = await stores.Instances.ListAsync(new WorkflowInstanceFilter(CorrelationId: caseNumber, Status: WorkflowStatus.Finished));
        var runningOfDefinition = await stores.Instances.ListAsync(new WorkflowInstanceFilter(DefinitionId: definitionId, Status: WorkflowStatus.Running));
        var ofDefinition = await stores.Instances.ListAsync(new WorkflowInstanceFilter(DefinitionId: definitionId));

        Assert.Equal([newer.Id, older.Id], byCase.Select(i => i.Id));
        AssertSameState(newer, Assert.Single(finishedInCase));
        Assert.Equal([otherCase.Id, older.Id], runningOfDefinition.Select(i => i.Id));
        Assert.Equal([otherCase.Id, newer.Id, older.Id], ofDefinition.Select(i => i.Id));
        Assert.Empty(await stores.Instances.ListAsync(new WorkflowInstanceFilter(CorrelationId: NewId("saknas"))));
    }

    private static List<string> Ids(params Bookmark[] bookmarks) => [.. bookmarks.Select(b => b.Id).Order(StringComparer.Ordinal)];
}
