using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Approvals;

/// <summary>An approval's timers: the deadline and the next reminder, as timer bookmarks named after the activity.</summary>
internal static class ApprovalTimers
{
    /// <summary>The purpose of a reminder timer.</summary>
    public const string Reminder = "reminder";

    /// <summary>The purpose of a deadline timer.</summary>
    public const string Deadline = "deadline";

    /// <summary>Replaces the activity's timers with a deadline at <see cref="ApprovalState.DueAt"/> and the first reminder.</summary>
    public static void Start(ActivityExecutionContext context, ApprovalState state)
    {
        foreach (var timer in context.Bookmarks.Where(b => PurposeOf(context, b) is not null).ToList()) context.RemoveBookmark(timer);
        Schedule(context, Deadline, state.DueAt);
        ScheduleReminder(context, state);
    }

    /// <summary>Schedules the next reminder one interval from now, unless reminders are off or it would come after the deadline.</summary>
    public static void ScheduleReminder(ActivityExecutionContext context, ApprovalState state)
    {
        if (state.ReminderInterval <= TimeSpan.Zero) return;
        var at = context.Now + state.ReminderInterval;
        if (at < state.DueAt) Schedule(context, Reminder, at);
    }

    /// <summary>What a bookmark of the activity is for: <see cref="Reminder"/>, <see cref="Deadline"/>, or null when it is no timer of the approval.</summary>
    public static string? PurposeOf(ActivityExecutionContext context, Bookmark bookmark) =>
        bookmark.Name == context.Activity.Type ? (string?)bookmark.Payload?["purpose"] : null;

    private static void Schedule(ActivityExecutionContext context, string purpose, DateTimeOffset at) =>
        context.CreateBookmark(context.Activity.Type, new ApprovalTimerPayload(purpose, at), at);
}
