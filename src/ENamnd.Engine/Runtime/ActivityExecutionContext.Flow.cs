using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Runtime;

public sealed partial class ActivityExecutionContext
{
    /// <summary>Completes the execution through the given outcome ports (<c>Done</c> when none are given).</summary>
    public void Complete(params string[] outcomes) =>
        WorkflowContext.Complete(this, outcomes.Length == 0 ? [Ports.Done] : outcomes);

    /// <summary>Waits: creates a bookmark that resumes this execution; a due time makes it a timer.</summary>
    public Bookmark CreateBookmark(BookmarkName name, object? payload = null, DateTimeOffset? dueAt = null)
    {
        var bookmark = WorkflowContext.AddBookmark(this, name, ValueConverter.ToNode(payload), dueAt);
        WorkflowContext.Journal(this, JournalEventType.Suspended, payload: new System.Text.Json.Nodes.JsonObject
        {
            ["bookmarkId"] = bookmark.Id,
            ["name"] = name.Value,
            ["dueAt"] = dueAt,
        });
        return bookmark;
    }

    /// <summary>Removes one of this execution's bookmarks without resuming it.</summary>
    public void RemoveBookmark(Bookmark bookmark) => WorkflowContext.RemoveBookmark(bookmark);

    /// <summary>Schedules a child activity; this execution hears of its completion.</summary>
    public ActivityExecutionContext ScheduleChild(Activity child) => WorkflowContext.Schedule(child, this);

    /// <summary>Cancels a live child execution and its descendants.</summary>
    public void CancelChild(ActivityExecutionContext child) => WorkflowContext.Cancel(child);

    /// <summary>Queues a message (e.g. an email) that is committed with the step and sent after it.</summary>
    public OutboxMessage SendMessage(string kind, object payload) =>
        WorkflowContext.AddOutboxMessage(kind, ValueConverter.ToNode(payload) as System.Text.Json.Nodes.JsonObject
            ?? throw new ArgumentException("An outbox payload must be a JSON object.", nameof(payload)));

    /// <summary>Adds a fact that the store writes in this step's transaction.</summary>
    public void AddRecord(string kind, object payload) =>
        WorkflowContext.AddRecord(new StepRecord(kind, ValueConverter.ToNode(payload) as System.Text.Json.Nodes.JsonObject
            ?? throw new ArgumentException("A step record must be a JSON object.", nameof(payload))));

    /// <summary>Asks the runtime to act on another instance once this step is committed.</summary>
    public void SendSignal(WorkflowSignal signal) => WorkflowContext.Signal(signal);
}
