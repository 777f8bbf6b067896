using ENamnd.Activities.People;

namespace ENamnd.Activities.Tasks;

/// <summary>
/// A change to an open task that leaves it open: a reminder sent (<see cref="TaskRecordKinds.Reminded"/>) or a new
/// recipient (<see cref="TaskRecordKinds.Reassigned"/>, with <see cref="Recipient"/>). <see cref="BookmarkId"/> is the
/// bookmark the task now waits on when a command replaced it; <see cref="By"/> is null for the workflow's own reminders.
/// </summary>
public sealed record TaskChange
{
    public required string TaskId { get; init; }
    public string? BookmarkId { get; init; }
    public TaskRecipient? Recipient { get; init; }
    public string? By { get; init; }
    public DateTimeOffset At { get; init; }
}
