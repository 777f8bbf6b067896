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
}
