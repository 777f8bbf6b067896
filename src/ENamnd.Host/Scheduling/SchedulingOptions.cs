namespace ENamnd.Host.Scheduling;

/// <summary>How often the runtime's recurring jobs run (<c>Scheduling</c> section); cron in Stockholm time, seconds allowed as a sixth field.</summary>
public sealed class SchedulingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Scheduling";

    /// <summary>When the due-bookmark sweep runs (default every minute).</summary>
    public string DueBookmarkSweepCron { get; set; } = "* * * * *";

    /// <summary>When the outbox dispatcher retries pending messages (default every minute).</summary>
    public string OutboxDispatcherCron { get; set; } = "* * * * *";

    /// <summary>When contract monitoring runs (default 06:00 every day).</summary>
    public string ContractExpiryMonitorCron { get; set; } = "0 6 * * *";

    /// <summary>When management phases still waiting for a contract end already decided are resumed (default hourly at :30).</summary>
    public string ContractDecisionHandoverCron { get; set; } = "30 * * * *";

    /// <summary>When the tertial follow-up job runs (default daily at 07:00).</summary>
    public string TertialFollowUpCron { get; set; } = "0 7 * * *";

    /// <summary>When the meeting notices and reminders go out (default daily at 06:00).</summary>
    public string MeetingRemindersCron { get; set; } = "0 6 * * *";
}
