using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

/// <summary>Resumes <c>Elsa.Event</c> waits by event name, through the runtime, as an outside caller would.</summary>
public static class HarnessEvents
{
    /// <summary>Resumes the one open wait of an instance for <paramref name="eventName"/> and returns the instance as stored after it.</summary>
    public static async Task<WorkflowInstance> ResumeEventAsync(this EngineHarness harness, string instanceId, string eventName, JsonObject? input = null)
    {
        var bookmarks = await harness.BookmarksOfAsync(instanceId);
        var bookmark = Assert.Single(bookmarks, b => Event.NameOf(b) == eventName);
        var result = await harness.Runtime.ResumeAsync(bookmark.Id, input);
        Assert.Equal(ResumeOutcome.Resumed, result.Outcome);
        return await harness.ReloadAsync(instanceId);
    }

    /// <summary>The event names an instance waits for, sorted.</summary>
    public static async Task<IReadOnlyList<string?>> WaitingEventsAsync(this EngineHarness harness, string instanceId) =>
        [.. (await harness.BookmarksOfAsync(instanceId)).Select(Event.NameOf).Order()];
}
