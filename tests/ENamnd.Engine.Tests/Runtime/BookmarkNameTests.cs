using ENamnd.Engine.Activities;
using ENamnd.Engine.Runtime;
using Timer = ENamnd.Engine.Activities.Timer;

namespace ENamnd.Engine.Tests.Runtime;

/// <summary>Bookmark names compare by their string, and the engine's activities wait under the names Elsa gives them.</summary>
public class BookmarkNameTests
{
    [Fact]
    public void Should_BeEqual_When_TheStringsAreEqual()
    {
        Assert.Equal(new BookmarkName("Elsa.Event"), Event.BookmarkName);
        Assert.NotEqual(new BookmarkName("Elsa.event"), Event.BookmarkName);
        Assert.Equal("Elsa.Event", Event.BookmarkName.ToString());
    }

    [Fact]
    public void Should_TellItsName_When_ABookmarkIsAsked()
    {
        var bookmark = new Bookmark { Id = "b1", InstanceId = "i1", Name = Delay.BookmarkName, ActivityContextId = "c1", ActivityNodeId = "n1", ActivityId = "a1" };

        Assert.True(bookmark.Is(new BookmarkName("Elsa.Delay")));
        Assert.False(bookmark.Is(Timer.BookmarkName));
    }

    [Fact]
    public void Should_NameEachWaitAfterItsActivityType_When_AnEngineActivityWaits()
    {
        Assert.Equal(
            ["Elsa.Delay", "Elsa.Timer", "Elsa.StartAt", "Elsa.Event", "Elsa.ExecuteWorkflow"],
            new[] { Delay.BookmarkName, Timer.BookmarkName, StartAt.BookmarkName, Event.BookmarkName, ExecuteWorkflow.BookmarkName }.Select(n => n.Value));
        Assert.Equal(new Delay().Type, Delay.BookmarkName.Value);
        Assert.Equal(new ExecuteWorkflow().Type, ExecuteWorkflow.BookmarkName.Value);
    }
}
