using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Stores;

public abstract partial class WorkflowStoreContractTests
{
    [Fact]
    public async Task Should_KeepTheSignalsOfAStepPending_When_TheStepIsCommitted()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var parent = new ParentReference(instance.Id, NewId("bokmarke"));
        var signals = new[]
        {
            NewSignal(instance, new WorkflowSignal.StartChild(NewId("barn"), "delprocess", 2, instance.CorrelationId, new JsonObject { ["Fraga"] = "Åre?", ["Antal"] = 3 }, parent)),
            NewSignal(instance, new WorkflowSignal.StartChild(NewId("barn"), "delprocess", null, null, [], null)),
            NewSignal(instance, new WorkflowSignal.ResumeParent(instance.Parent!, new JsonObject { ["subStatus"] = "Finished", ["output"] = new JsonObject { ["Svar"] = "ja" } })),
            NewSignal(instance, new WorkflowSignal.CancelChild(NewId("barn"))),
        };

        await stores.CommitAsync(FirstStep(instance) with { Signals = signals });

        var pending = await PendingOfAsync(stores, instance, Now);
        // The signals of one step go to different instances, so a store may list them in any order.
        Assert.Equal(signals.OrderBy(s => s.Id).Select(Json), pending.OrderBy(s => s.Id).Select(Json));
    }

    [Fact]
    public async Task Should_ListSignalsCommittedByTheGivenTimeOldestFirst_When_ListingPending()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var later = NewSignal(instance, new WorkflowSignal.CancelChild(NewId("barn"))) with { CreatedAt = Now.AddSeconds(10) };
        var earlier = NewSignal(instance, new WorkflowSignal.CancelChild(NewId("barn")));
        await stores.CommitAsync(FirstStep(instance) with { Signals = [later] });
        await stores.CommitAsync(NextStep(instance, [], []) with { Signals = [earlier] });

        Assert.Equal([earlier.Id], (await PendingOfAsync(stores, instance, Now.AddSeconds(9))).Select(s => s.Id));
        Assert.Equal([earlier.Id, later.Id], (await PendingOfAsync(stores, instance, Now.AddSeconds(10))).Select(s => s.Id));
        Assert.Empty(await PendingOfAsync(stores, instance, Now.AddSeconds(-1)));
    }

    [Fact]
    public async Task Should_NoLongerListASignal_When_ItIsMarkedDelivered()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var delivered = NewSignal(instance, new WorkflowSignal.CancelChild(NewId("barn")));
        var other = NewSignal(instance, new WorkflowSignal.CancelChild(NewId("barn")));
        await stores.CommitAsync(FirstStep(instance) with { Signals = [delivered, other] });

        await stores.Signals.MarkDeliveredAsync(delivered.Id);
        await stores.Signals.MarkDeliveredAsync(delivered.Id);
        await stores.Signals.MarkDeliveredAsync(NewId("saknas"));

        Assert.Equal([other.Id], (await PendingOfAsync(stores, instance, Now)).Select(s => s.Id));
    }

    /// <summary>A signal of an instance, committed at <see cref="Now"/>.</summary>
    protected static PendingSignal NewSignal(WorkflowInstance instance, WorkflowSignal signal) => new(NewId("signal"), instance.Id, signal, Now);

    // The pending signals of one instance: the store may hold other tests' signals too.
    private static async Task<List<PendingSignal>> PendingOfAsync(WorkflowStateStores stores, WorkflowInstance instance, DateTimeOffset committedBy) =>
        (await stores.Signals.ListPendingAsync(committedBy, 10_000)).Where(s => s.InstanceId == instance.Id).ToList();

    private static string Json(PendingSignal signal) => JsonSerializer.Serialize(signal, ValueConverter.JsonOptions);
}
