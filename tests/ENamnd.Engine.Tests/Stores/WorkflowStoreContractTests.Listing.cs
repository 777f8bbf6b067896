using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Stores;

// The instance list's filters and orders are answered by the store, a page at a time, the same on every store.
public abstract partial class WorkflowStoreContractTests
{
    [Fact]
    public async Task Should_FilterAPage_When_ListingByStatusVersionIncidentsAndSearch()
    {
        var stores = await CreateStateStoresAsync();
        var definitionId = NewId("lista");
        var running = NewInstance(definitionId, NewId("NBD"), Now);
        var finished = NewInstance(definitionId, NewId("NBD"), Now.AddMinutes(1), WorkflowStatus.Finished);
        finished.Name = "Förstudie Kiruna";
        var faulted = NewInstance(definitionId, NewId("NBD"), Now.AddMinutes(2));
        faulted.SubStatus = WorkflowSubStatus.Faulted;
        faulted.Version = 2;
        var other = NewInstance(NewId("annan"), NewId("NBD"), Now.AddMinutes(3));
        running.Incidents.Clear();
        finished.Incidents.Clear();
        foreach (var instance in new[] { running, finished, faulted, other }) await stores.CommitAsync(FirstStep(instance));

        async Task<IReadOnlyList<string>> IdsAsync(WorkflowInstanceFilter filter) =>
            [.. (await stores.Instances.PageAsync(filter, 0, 10)).Items.Select(i => i.Id)];
        var ofDefinition = new WorkflowInstanceFilter(DefinitionId: definitionId);

        Assert.Equal([finished.Id], await IdsAsync(ofDefinition with { Statuses = [WorkflowStatus.Finished] }));
        Assert.Equal([faulted.Id, running.Id], await IdsAsync(ofDefinition with { SubStatuses = [WorkflowSubStatus.Suspended, WorkflowSubStatus.Faulted] }));
        Assert.Equal([faulted.Id], await IdsAsync(ofDefinition with { Version = 2 }));
        Assert.Equal([faulted.Id], await IdsAsync(ofDefinition with { HasIncidents = true }));
        Assert.Equal([finished.Id, running.Id], await IdsAsync(ofDefinition with { HasIncidents = false }));
        Assert.Equal([finished.Id], await IdsAsync(ofDefinition with { SearchTerm = "förstudie" }));
        Assert.Equal([faulted.Id], await IdsAsync(new WorkflowInstanceFilter { SearchTerm = faulted.Id[^12..].ToUpperInvariant() }));
        Assert.Equal([other.Id, faulted.Id, finished.Id, running.Id], await IdsAsync(new WorkflowInstanceFilter { DefinitionIds = [definitionId, other.DefinitionId] }));
        Assert.Equal(3, (await stores.Instances.PageAsync(ofDefinition, 0, 1)).Total);
    }

    [Fact]
    public async Task Should_OrderAPage_When_ListingByNameFinishOrLastStep()
    {
        var stores = await CreateStateStoresAsync();
        var definitionId = NewId("ordning");
        var b = NewInstance(definitionId, NewId("NBD"), Now, WorkflowStatus.Finished);
        b.Name = "B";
        b.FinishedAt = Now.AddMinutes(5);
        b.UpdatedAt = Now.AddMinutes(5);
        var a = NewInstance(definitionId, NewId("NBD"), Now.AddMinutes(1), WorkflowStatus.Finished);
        a.Name = "A";
        a.FinishedAt = Now.AddMinutes(2);
        a.UpdatedAt = Now.AddMinutes(2);
        var unnamed = NewInstance(definitionId, NewId("NBD"), Now.AddMinutes(2));
        unnamed.Name = null;
        unnamed.UpdatedAt = Now.AddMinutes(9);
        foreach (var instance in new[] { b, a, unnamed }) await stores.CommitAsync(FirstStep(instance));

        async Task<IReadOnlyList<string>> IdsAsync(WorkflowInstanceOrderBy by, bool ascending) =>
            [.. (await stores.Instances.PageAsync(new WorkflowInstanceFilter(DefinitionId: definitionId), 0, 10, new WorkflowInstanceOrder(by, ascending))).Items.Select(i => i.Id)];

        Assert.Equal([a.Id, b.Id, unnamed.Id], await IdsAsync(WorkflowInstanceOrderBy.Name, ascending: true));
        Assert.Equal([b.Id, a.Id, unnamed.Id], await IdsAsync(WorkflowInstanceOrderBy.Name, ascending: false));
        Assert.Equal([a.Id, b.Id, unnamed.Id], await IdsAsync(WorkflowInstanceOrderBy.Finished, ascending: true));
        Assert.Equal([b.Id, a.Id, unnamed.Id], await IdsAsync(WorkflowInstanceOrderBy.Finished, ascending: false));
        Assert.Equal([unnamed.Id, b.Id, a.Id], await IdsAsync(WorkflowInstanceOrderBy.LastExecuted, ascending: false));
        Assert.Equal([b.Id, a.Id, unnamed.Id], await IdsAsync(WorkflowInstanceOrderBy.Created, ascending: true));
    }

    [Fact]
    public async Task Should_CountNewAndDeletedInstancesAtOnce_When_TheCountOfADefinitionWasAskedBefore()
    {
        var stores = await CreateStateStoresAsync();
        var definitionId = NewId("antal");
        var filter = new WorkflowInstanceFilter(DefinitionId: definitionId);
        var first = NewInstance(definitionId, NewId("NBD"), Now, WorkflowStatus.Finished);
        await stores.CommitAsync(FirstStep(first));
        Assert.Equal(1, (await stores.Instances.PageAsync(filter, 0, 1)).Total);

        await stores.CommitAsync(FirstStep(NewInstance(definitionId, NewId("NBD"), Now.AddMinutes(1))));
        var afterStart = (await stores.Instances.PageAsync(filter, 0, 1)).Total;
        Assert.Equal(InstanceDeletionOutcome.Deleted, (await stores.Deleter.DeleteAsync(first.Id)).Outcome);
        var afterDeletion = (await stores.Instances.PageAsync(filter, 0, 1)).Total;

        Assert.Equal(2, afterStart);
        Assert.Equal(1, afterDeletion);
    }
}
