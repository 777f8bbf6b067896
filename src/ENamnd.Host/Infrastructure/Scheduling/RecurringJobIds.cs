namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>The stable ids of the recurring jobs.</summary>
public static class RecurringJobIds
{
    /// <summary>Delivers signals a crash left pending and resumes due bookmarks whose own job was lost.</summary>
    public const string DueBookmarkSweep = "due-bookmark-sweep";

    /// <summary>Sends pending outbox messages, including retries.</summary>
    public const string OutboxDispatcher = "outbox-dispatcher";
}
