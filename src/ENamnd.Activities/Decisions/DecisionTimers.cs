using ENamnd.Activities.Tasks;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Decisions;

/// <summary>
/// The two timers of an activity that collects answers: the deadline (sista svarsdag) and the reminders
/// before it. Both are timer bookmarks; the deadline and interval are kept in the working state, so a
/// reminder never re-reads the activity's inputs.
/// </summary>
internal static class DecisionTimers
{
    /// <summary>The name of the deadline timer bookmark.</summary>
    public const string Deadline = "ENamnd.Decisions.Deadline";

    /// <summary>The name of the reminder timer bookmark.</summary>
    public const string Reminder = "ENamnd.Decisions.Reminder";

    private const string DeadlineAtProperty = "deadlineAt";
    private const string ReminderIntervalProperty = "reminderInterval";

    /// <summary>Checks the deadline and the interval; faults with a Swedish message when they make no sense.</summary>
    public static void Validate(TimeSpan deadline, TimeSpan reminderInterval)
    {
        if (deadline <= TimeSpan.Zero) throw new ActivityFaultException("Svarstiden måste vara längre än noll.");
        if (reminderInterval < TimeSpan.Zero) throw new ActivityFaultException("Påminnelseintervallet får inte vara negativt (0 betyder inga påminnelser).");
    }

    /// <summary>Starts the deadline timer and the first reminder (none when the interval is zero); returns the deadline.</summary>
    public static DateTimeOffset Start(ActivityExecutionContext context, TimeSpan deadline, TimeSpan reminderInterval)
    {
        Validate(deadline, reminderInterval);
        var deadlineAt = context.Now + deadline;
        context.SetProperty(DeadlineAtProperty, deadlineAt);
        context.SetProperty(ReminderIntervalProperty, reminderInterval);
        context.WaitUntil(Deadline, deadlineAt);
        ScheduleReminder(context, context.Now + reminderInterval, reminderInterval, deadlineAt);
        return deadlineAt;
    }

    /// <summary>The deadline set by <see cref="Start"/>.</summary>
    public static DateTimeOffset DeadlineAt(ActivityExecutionContext context) => context.GetProperty<DateTimeOffset>(DeadlineAtProperty);

    /// <summary>Whether a resumed bookmark is the deadline timer.</summary>
    public static bool IsDeadline(Bookmark bookmark) => bookmark.Name == Deadline;

    /// <summary>Whether a resumed bookmark is a reminder timer.</summary>
    public static bool IsReminder(Bookmark bookmark) => bookmark.Name == Reminder;

    /// <summary>Reminds every open task (in its own email thread) and schedules the next reminder before the deadline.</summary>
    public static void Remind(ActivityExecutionContext context, Bookmark reminder)
    {
        context.RemindOpenTasks();
        var interval = context.GetProperty<TimeSpan>(ReminderIntervalProperty);
        // Counted from when the reminder was due, not from when it ran, so a late run does not shift the schedule.
        var next = (reminder.DueAt ?? context.Now) + interval;
        while (next <= context.Now) next += interval;
        ScheduleReminder(context, next, interval, DeadlineAt(context));
    }

    private static void ScheduleReminder(ActivityExecutionContext context, DateTimeOffset at, TimeSpan interval, DateTimeOffset deadlineAt)
    {
        if (interval > TimeSpan.Zero && at < deadlineAt) context.WaitUntil(Reminder, at);
    }
}
