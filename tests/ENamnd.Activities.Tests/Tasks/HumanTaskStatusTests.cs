using System.Text.Json;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;

namespace ENamnd.Activities.Tests.Tasks;

/// <summary>A task status travels as its name in step records and API answers, whatever serializer options are used.</summary>
public class HumanTaskStatusTests
{
    [Theory]
    [InlineData(HumanTaskStatus.Open, "\"Open\"")]
    [InlineData(HumanTaskStatus.Decided, "\"Decided\"")]
    [InlineData(HumanTaskStatus.Cancelled, "\"Cancelled\"")]
    [InlineData(HumanTaskStatus.Escalated, "\"Escalated\"")]
    [InlineData(HumanTaskStatus.TimedOut, "\"TimedOut\"")]
    public void Should_WriteTheName_When_SerializedWithoutOptions(HumanTaskStatus status, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(status));
        Assert.Equal(status, JsonSerializer.Deserialize<HumanTaskStatus>(json));
    }

    [Fact]
    public void Should_KeepTheStatusName_When_AClosedTaskIsRecorded()
    {
        var closed = new ClosedTask { TaskId = "t1", Status = HumanTaskStatus.TimedOut };

        var node = ValueConverter.ToNode(closed)!;

        Assert.Equal("TimedOut", (string?)node["status"]);
        Assert.Equal(HumanTaskStatus.TimedOut, ValueConverter.Convert<ClosedTask>(node)!.Status);
    }
}
