using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Tests.Stores;

public abstract partial class WorkflowStoreContractTests
{
    /// <summary>
    /// The instance's state as the store keeps it, as JSON text. A store that cannot show it gives the state serialized
    /// again from what it returns, which still shows what the serializer writes.
    /// </summary>
    protected virtual async Task<string> StoredStateAsync(WorkflowStateStores stores, string instanceId) =>
        WorkflowStateSerializer.Serialize(await stores.Instances.FindAsync(instanceId) ?? throw new InvalidOperationException($"{instanceId} is not stored."));

    [Fact]
    public async Task Should_ReturnTheWholeJournalWithEveryField_When_SeveralStepsAreCommitted()
    {
        var stores = await CreateStateStoresAsync();
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var first = instance.Journal.ToList();
        var suspended = new JournalEntry
        {
            Sequence = 3, ActivityId = "Ask1", NodeId = "Workflow1:Root:Ask1", ActivityType = "ENamnd.RequestApproval", ActivityName = "Fråga",
            ActivityContextId = "ctx3", EventType = JournalEventType.Suspended, Timestamp = Now.AddMinutes(5),
            Payload = new JsonObject { ["bookmarkId"] = "b1", ["due"] = new JsonArray(1, "två", null) },
            ActivityState = new JsonObject { ["Recipient"] = "asa.oberg@example.org", ["Choices"] = new JsonArray("Ja", "Nej") },
        };
        var completed = new JournalEntry
        {
            Sequence = 4, ActivityId = "Ask1", NodeId = "Workflow1:Root:Ask1", ActivityType = "ENamnd.RequestApproval", ActivityName = "Fråga",
            ActivityContextId = "ctx3", EventType = JournalEventType.Completed, Outcomes = ["Ja, med villkor", "Done"], Timestamp = Now.AddDays(1),
            Message = "Beslutad \"i dag\"", Payload = JsonValue.Create("b1"),
            ActivityState = new JsonObject { ["Recipient"] = "asa.oberg@example.org" }, Outputs = new JsonObject { ["Decision"] = "Ja", ["Amount"] = 1250.5 },
        };
        var log = new JournalEntry
        {
            Sequence = 5, ActivityId = "Log1", NodeId = "Workflow1:Root:Log1", ActivityType = "Elsa.WriteLine", EventType = JournalEventType.Log,
            Outcomes = [], Timestamp = Now.AddDays(1).AddSeconds(1), Message = "klar",
        };

        await stores.CommitAsync(FirstStep(instance));
        await stores.CommitAsync(NextStep(instance, [], [], suspended));
        await stores.CommitAsync(NextStep(instance, [], [], completed, log));

        var journal = await stores.Instances.JournalAsync(instance.Id);
        Assert.Equal([.. first, suspended, completed, log], journal, JournalEntryComparer.Instance);
        Assert.Equal(5, (await stores.Instances.FindAsync(instance.Id))!.LastJournalSequence);
        var state = JsonNode.Parse(await StoredStateAsync(stores, instance.Id))!.AsObject();
        Assert.False(state.ContainsKey("journal"), $"The stored state still holds the journal: {state.ToJsonString()}");
        Assert.Equal(5, (long?)state["lastJournalSequence"]);
        Assert.Empty((await stores.Instances.FindAsync(instance.Id))!.Journal);
    }

    [Fact]
    public async Task Should_ReturnEachInstancesJournal_When_JournalsAreReadTogether()
    {
        var stores = await CreateStateStoresAsync();
        var one = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var two = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        await stores.CommitAsync(FirstStep(one));
        await stores.CommitAsync(FirstStep(two));
        var later = new JournalEntry { Sequence = 3, ActivityId = "Log1", NodeId = "Workflow1:Root:Log1", ActivityType = "Elsa.WriteLine", EventType = JournalEventType.Log, Timestamp = Now.AddHours(1), Message = "två" };
        await stores.CommitAsync(NextStep(two, [], [], later));
        var missing = NewId("saknas");

        var journals = await stores.Instances.JournalsAsync([one.Id, two.Id, missing]);

        Assert.Equal([1L, 2], journals[one.Id].Select(e => e.Sequence));
        Assert.Equal([1L, 2, 3], journals[two.Id].Select(e => e.Sequence));
        Assert.Equal("två", journals[two.Id][^1].Message);
        Assert.False(journals.ContainsKey(missing));
        Assert.Empty(await stores.Instances.JournalAsync(missing));
        Assert.Empty(await stores.Instances.JournalsAsync([]));
    }

    /// <summary>Compares journal entries by their JSON, so that JSON-valued properties compare by value.</summary>
    private sealed class JournalEntryComparer : IEqualityComparer<JournalEntry>
    {
        public static readonly JournalEntryComparer Instance = new();

        public bool Equals(JournalEntry? x, JournalEntry? y) => JsonNode.DeepEquals(ToJson(x), ToJson(y));

        public int GetHashCode(JournalEntry obj) => obj.Sequence.GetHashCode();

        private static JsonNode? ToJson(JournalEntry? entry) => JsonSerializer.SerializeToNode(entry, ValueConverter.JsonOptions);
    }
}
