using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Waits until something outside the workflow resumes its bookmark (an event by name).</summary>
[Activity("Elsa", "Event", Category = "Primitiver", DisplayName = "Händelse", Description = "Väntar tills en namngiven händelse inträffar.", Kind = ActivityKind.Trigger)]
public sealed class Event : Activity
{
    /// <summary>Creates an event wait with no name yet.</summary>
    public Event() { }

    /// <summary>Creates a wait for the named event.</summary>
    public Event(Input<string> eventName) => EventName = eventName;

    /// <summary>The event's name.</summary>
    [Input(DisplayName = "Händelsenamn")]
    public Input<string> EventName { get; set; } = new("");

    /// <summary>The input the event was resumed with.</summary>
    [Output(DisplayName = "Indata")]
    public Output<System.Text.Json.Nodes.JsonObject?> Result { get; set; } = new();

    /// <summary>The event a bookmark waits for; null when it is no event bookmark.</summary>
    public static string? NameOf(Bookmark bookmark) =>
        bookmark.Is(BookmarkName) ? ValueConverter.Convert<EventPayload>(bookmark.Payload)?.EventName : null;

    /// <summary>The name of every event bookmark, <c>Elsa.Event</c>: the activity type, as Elsa names trigger bookmarks.</summary>
    public static readonly BookmarkName BookmarkName = BookmarkName.Of<Event>();

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.CreateBookmark(BookmarkName, new EventPayload(context.Get(EventName) ?? ""));
        return default;
    }

    /// <inheritdoc />
    protected internal override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        context.Set(Result, context.ResumeInput);
        return default;
    }
}
