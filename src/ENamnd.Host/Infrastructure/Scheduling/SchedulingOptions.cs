namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>
/// How often the runtime's recurring jobs run (<c>Scheduling</c> section); cron in Stockholm time, seconds allowed as a sixth
/// field. The features' jobs keep their own settings in the same section (<see cref="MonitorJobSchedule"/>).
/// </summary>
public sealed class SchedulingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Scheduling";

    /// <summary>When the due-bookmark sweep (which also delivers pending signals) runs (default every minute).</summary>
    public string DueBookmarkSweepCron { get; set; } = "* * * * *";

    /// <summary>When the outbox dispatcher retries pending messages (default every minute).</summary>
    public string OutboxDispatcherCron { get; set; } = "* * * * *";
}
