namespace ENamnd.Host.Tasks;

/// <summary>The statuses of a stored task (<c>tasks.status</c>).</summary>
public static class TaskStatuses
{
    public const string Open = "Open";
    public const string Decided = "Decided";
    public const string Cancelled = "Cancelled";
    public const string Escalated = "Escalated";
    public const string TimedOut = "TimedOut";

    /// <summary>Every status, for validating filters.</summary>
    public static IReadOnlyList<string> All { get; } = [Open, Decided, Cancelled, Escalated, TimedOut];
}
