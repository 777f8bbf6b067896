using ENamnd.Engine.Activities;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Tasks;

/// <summary>
/// The deadline (sista svarsdag) and reminder timers of an activity that waits on participant tasks. Both are timer
/// bookmarks; their <see cref="TaskTimerSchedule"/> is kept in the working state, so a reminder never re-reads the
/// activity's inputs and always counts from the same anchors.
/// </summary>
internal static class TaskTimers
{
    // The names are stored with waiting instances; renaming them would strand timers already waiting.

    /// <summary>The name of the deadline timer bookmark.</summary>
    public static readonly BookmarkName Deadline = new("ENamnd.Decisions.Deadline");

    /// <summary>The name of the reminder timer bookmark.</summary>
    public static readonly BookmarkName Reminder = new("ENamnd.Decisions.Reminder");

    private const string ScheduleProperty = "taskTimers";

    /// <summary>Checks the time to the deadline and the interval; faults with a Swedish message when they make no sense.</summary>
    public static void Validate(TimeSpan dueAfter, TimeSpan reminderInterval)
    {
        if (dueAfter <= TimeSpan.Zero) throw new ActivityFaultException("Svarstiden måste vara längre än noll.");
        if (reminderInterval < TimeSpan.Zero) throw new ActivityFaultException("Påminnelseintervallet får inte vara negativt (0 betyder inga påminnelser).");
    }

    /// <summary>
    /// Starts the timers with the deadline <paramref name="dueAfter"/> from now, on a working day at the deadline time
    /// (<see cref="WorkingDeadlines"/>); returns the deadline.
    /// </summary>
    public static DateTimeOffset Start(ActivityExecutionContext context, TimeSpan dueAfter, TimeSpan reminderInterval)
    {
        Validate(dueAfter, reminderInterval);
        return Start(context, DeadlineAfter(context, dueAfter), reminderInterval);
    }

    /// <summary>
    /// The deadline <paramref name="dueAfter"/> from now, on a working day at the deadline time; for an activity that counts
    /// in working days, its whole days are working days.
    /// </summary>
    public static DateTimeOffset DeadlineAfter(ActivityExecutionContext context, TimeSpan dueAfter)
    {
        var deadlines = context.Services.GetRequiredService<WorkingDeadlines>();
        return context.Activity is ICountsWorkingDays activity && context.Get(activity.InWorkingDays)
            ? deadlines.AfterWorkingDays(context.Now, (int)Math.Ceiling(dueAfter.TotalDays))
            : deadlines.After(context.Now, dueAfter);
    }

    /// <summary>
    /// Replaces the execution's timers with a deadline at <paramref name="dueAt"/> and the first reminder (none when the
    /// interval is zero), counted from now; returns the deadline.
    /// </summary>
    public static DateTimeOffset Start(ActivityExecutionContext context, DateTimeOffset dueAt, TimeSpan reminderInterval)
    {
        Validate(dueAt - context.Now, reminderInterval);
        foreach (var timer in context.Bookmarks.Where(b => IsDeadline(b) || IsReminder(b)).ToList()) context.RemoveBookmark(timer);
        var schedule = new TaskTimerSchedule(context.Now, dueAt, reminderInterval);
        context.SetProperty(ScheduleProperty, schedule);
        context.WaitUntil(Deadline, dueAt);
        WaitForNextReminder(context, schedule, pastDue: false);
        return dueAt;
    }

    /// <summary>The deadline set by <see cref="Start(ActivityExecutionContext, DateTimeOffset, TimeSpan)"/>.</summary>
    public static DateTimeOffset DueAt(ActivityExecutionContext context) => ScheduleOf(context).DueAt;

    /// <summary>Whether a resumed bookmark is the deadline timer.</summary>
    public static bool IsDeadline(Bookmark bookmark) => bookmark.Is(Deadline);

    /// <summary>Whether a resumed bookmark is a reminder timer.</summary>
    public static bool IsReminder(Bookmark bookmark) => bookmark.Is(Reminder);

    /// <summary>
    /// Reminds every open task (each in its own email thread) and waits for the next reminder slot of the schedule;
    /// with <paramref name="pastDue"/> the reminders go on past the deadline, one interval at a time from it.
    /// </summary>
    public static void Remind(ActivityExecutionContext context, bool pastDue = false)
    {
        var schedule = ScheduleOf(context);
        // A reminder run so late that the deadline is due too leaves that moment to the deadline timer, which closes or reminds.
        if (context.Now >= schedule.DueAt && context.Bookmarks.Any(IsDeadline)) return;
        context.RemindOpenTasks();
        WaitForNextReminder(context, schedule, pastDue);
    }

    // One reminder timer at a time: a late run that resumes a reminder and the deadline together must not leave two.
    private static void WaitForNextReminder(ActivityExecutionContext context, TaskTimerSchedule schedule, bool pastDue)
    {
        foreach (var timer in context.Bookmarks.Where(IsReminder).ToList()) context.RemoveBookmark(timer);
        if (schedule.NextReminderAfter(context.Now, pastDue) is { } at) context.WaitUntil(Reminder, at);
    }

    private static TaskTimerSchedule ScheduleOf(ActivityExecutionContext context) =>
        context.GetProperty<TaskTimerSchedule>(ScheduleProperty) ?? throw new ActivityFaultException("Uppgifternas tidsplan saknas i arbetsdata.");
}
