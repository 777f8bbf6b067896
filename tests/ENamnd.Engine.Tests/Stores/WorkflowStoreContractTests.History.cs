using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Stores;

// A long history is read a page at a time, and a question about it is answered without reading it.
public abstract partial class WorkflowStoreContractTests
{
    [Fact]
    public async Task Should_ReadOnlyTheAskedPageNewestFirst_When_PagingInstancesOfADefinition()
    {
        var stores = await CreateStateStoresAsync();
        var definitionId = NewId("historik");
        // Five instances a minute apart, and two written in the same moment: ties are ordered by id.
        var instances = Enumerable.Range(0, 5).Select(i => NewInstance(definitionId, NewId("NBD"), Now.AddMinutes(i))).ToList();
        instances.Add(NewInstance(definitionId, NewId("NBD"), Now.AddMinutes(10)));
        instances.Add(NewInstance(definitionId, NewId("NBD"), Now.AddMinutes(10)));
        var other = NewInstance(NewId("annan"), NewId("NBD"), Now.AddMinutes(20));
        foreach (var instance in instances.Append(other)) await stores.CommitAsync(FirstStep(instance));
        var newestFirst = instances.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id, StringComparer.Ordinal).Select(i => i.Id).ToList();

        var first = await stores.Instances.PageAsync(new WorkflowInstanceFilter(DefinitionId: definitionId), 0, 3);
        var second = await stores.Instances.PageAsync(new WorkflowInstanceFilter(DefinitionId: definitionId), 3, 3);
        var last = await stores.Instances.PageAsync(new WorkflowInstanceFilter(DefinitionId: definitionId), 6, 3);
        var byCase = await stores.Instances.PageAsync(new WorkflowInstanceFilter(CorrelationId: instances[2].CorrelationId), 0, 3);

        Assert.Equal(newestFirst, first.Items.Concat(second.Items).Concat(last.Items).Select(i => i.Id));
        Assert.All(new[] { first, second, last }, page => Assert.Equal(instances.Count, page.Total));
        Assert.Equal(newestFirst[..3], first.Items.Select(i => i.Id));
        AssertSameState(instances[2], Assert.Single(byCase.Items));
        Assert.Equal(1, byCase.Total);
        Assert.Equal(0, (await stores.Instances.PageAsync(new WorkflowInstanceFilter(DefinitionId: NewId("saknas")), 0, 3)).Total);
    }

    [Fact]
    public async Task Should_TellWhetherAVersionIsRun_When_AskingWithoutListing()
    {
        var stores = await CreateStateStoresAsync();
        var definitionId = NewId("version");
        var running = NewInstance(definitionId, NewId("NBD"), Now);
        var finished = NewInstance(definitionId, NewId("NBD"), Now.AddMinutes(1), WorkflowStatus.Finished);
        await stores.CommitAsync(FirstStep(running));
        await stores.CommitAsync(FirstStep(finished));

        Assert.True(await stores.Instances.AnyAsync(new WorkflowInstanceFilter(DefinitionId: definitionId, DefinitionVersionId: running.DefinitionVersionId)));
        Assert.True(await stores.Instances.AnyAsync(new WorkflowInstanceFilter(DefinitionId: definitionId, Status: WorkflowStatus.Finished)));
        Assert.False(await stores.Instances.AnyAsync(new WorkflowInstanceFilter(DefinitionId: definitionId, DefinitionVersionId: $"{definitionId}-v2")));
        Assert.False(await stores.Instances.AnyAsync(new WorkflowInstanceFilter(DefinitionId: NewId("saknas"))));
    }
}
