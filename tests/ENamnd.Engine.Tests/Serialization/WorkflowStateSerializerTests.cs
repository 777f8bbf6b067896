using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Tests.Serialization;

/// <summary>Stored instance state keeps Elsa's shape: a bookmark's name is a plain string.</summary>
public class WorkflowStateSerializerTests
{
    private static readonly Bookmark Waiting = new()
    {
        Id = "b1",
        InstanceId = "i1",
        Name = Event.BookmarkName,
        ActivityContextId = "c1",
        ActivityNodeId = "Workflow1:Root:Event1",
        ActivityId = "Event1",
        Payload = new JsonObject { ["eventName"] = "AvtalTecknat" },
    };

    [Fact]
    public void Should_WriteTheBookmarkNameAsAString_When_AnInstanceIsStored()
    {
        var instance = new WorkflowInstance { Id = "i1", DefinitionId = "d1", Bookmarks = [Waiting] };

        var json = JsonNode.Parse(WorkflowStateSerializer.Serialize(instance))!;

        Assert.Equal(JsonValueKind.String, json["bookmarks"]![0]!["name"]!.GetValueKind());
        Assert.Equal("Elsa.Event", (string?)json["bookmarks"]![0]!["name"]);
    }

    [Fact]
    public void Should_ReadTheBookmarkName_When_AStoredInstanceIsLoaded()
    {
        var json = WorkflowStateSerializer.Serialize(new WorkflowInstance { Id = "i1", Bookmarks = [Waiting] });

        var bookmark = Assert.Single(WorkflowStateSerializer.Deserialize(json).Bookmarks);

        Assert.True(bookmark.Is(Event.BookmarkName));
        Assert.Equal(Waiting with { Payload = bookmark.Payload }, bookmark);
    }

    [Fact]
    public void Should_WriteTheSameString_When_SerializedWithoutOptions()
    {
        Assert.Equal("\"ENamnd.Task\"", JsonSerializer.Serialize(new BookmarkName("ENamnd.Task")));
        Assert.Equal(new BookmarkName("ENamnd.Task"), JsonSerializer.Deserialize<BookmarkName>("\"ENamnd.Task\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BookmarkName>("42"));
    }

    [Fact]
    public void Should_LeaveTheJournalOut_When_AnInstanceIsStored()
    {
        var instance = new WorkflowInstance { Id = "i1", LastJournalSequence = 2 };
        instance.Journal.Add(new JournalEntry { Sequence = 2, ActivityId = "a", NodeId = "n", ActivityType = "Elsa.WriteLine", EventType = JournalEventType.Log, Message = "hej" });

        var json = JsonNode.Parse(WorkflowStateSerializer.Serialize(instance))!.AsObject();

        Assert.False(json.ContainsKey("journal"));
        Assert.Equal(2, (long?)json["lastJournalSequence"]);
    }

    [Fact]
    public void Should_ContinueAfterTheStoredJournal_When_AStateOfTheOldShapeIsLoaded()
    {
        const string old = """
            {"id":"i1","definitionId":"d1","status":"Running","journal":[
              {"sequence":1,"activityId":"a","nodeId":"n","activityType":"Elsa.Start","eventType":"Started","timestamp":"2026-01-05T08:00:00+00:00"},
              {"sequence":7,"activityId":"b","nodeId":"n2","activityType":"Elsa.WriteLine","eventType":"Log","message":"hej","timestamp":"2026-01-05T08:00:01+00:00"}
            ],"bookmarks":[]}
            """;

        var instance = WorkflowStateSerializer.Deserialize(old);

        Assert.Equal(7, instance.LastJournalSequence);
        Assert.Empty(instance.Journal);
        Assert.False(JsonNode.Parse(WorkflowStateSerializer.Serialize(instance))!.AsObject().ContainsKey("journal"));
    }
}
