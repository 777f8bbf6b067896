namespace ENamnd.Activities.Tasks;

/// <summary>
/// The fixed anchors of a task's timers: when the tasks were opened, when they are due (sista svarsdag) and the
/// time between reminders. Every reminder time is counted from these anchors, never from when a job happened to
/// run, so a late run neither shifts nor adds later reminders.
/// </summary>
internal sealed record TaskTimerSchedule(DateTimeOffset StartedAt, DateTimeOffset DueAt, TimeSpan ReminderInterval)
{
    /// <summary>
    /// The first reminder slot after <paramref name="moment"/>: <c>StartedAt + k × interval</c> while before the due time;
    /// past it, with <paramref name="pastDue"/>, <c>DueAt + k × interval</c> (k ≥ 1). Null when reminders are off, or
    /// when the next would not come before the due time, which is the deadline timer's own moment.
    /// </summary>
    public DateTimeOffset? NextReminderAfter(DateTimeOffset moment, bool pastDue = false)
    {
        if (ReminderInterval <= TimeSpan.Zero) return null;
        if (moment < DueAt)
        {
            var next = SlotAfter(StartedAt, moment);
            return next < DueAt ? next : null;
        }
        return pastDue ? SlotAfter(DueAt, moment) : null;
    }

    // The first anchor + k × interval (k ≥ 1) strictly after the moment; the slots missed by a late run are skipped.
    private DateTimeOffset SlotAfter(DateTimeOffset anchor, DateTimeOffset moment)
    {
        var passed = moment > anchor ? (moment - anchor).Ticks / ReminderInterval.Ticks : 0;
        return anchor + TimeSpan.FromTicks(ReminderInterval.Ticks * (passed + 1));
    }
}
