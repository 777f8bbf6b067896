namespace ENamnd.Activities.Tasks;

/// <summary>The states of a participant task; every status but <see cref="Open"/> ends it (see <see cref="ClosedTask.Status"/>).</summary>
public static class TaskStatuses
{
    /// <summary>Waiting for the recipient's answer.</summary>
    public const string Open = "Open";

    /// <summary>Answered by the recipient.</summary>
    public const string Decided = "Decided";

    /// <summary>Closed by the workflow (another answer decided, the activity was cancelled, a re-split replaced it).</summary>
    public const string Cancelled = "Cancelled";

    /// <summary>Passed on to a substitute after the deadline.</summary>
    public const string Escalated = "Escalated";

    /// <summary>Not answered by the deadline.</summary>
    public const string TimedOut = "TimedOut";

    /// <summary>Every status.</summary>
    public static IReadOnlyList<string> All { get; } = [Open, Decided, Cancelled, Escalated, TimedOut];
}
