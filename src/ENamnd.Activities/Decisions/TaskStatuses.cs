namespace ENamnd.Activities.Decisions;

/// <summary>How the decision activities close tasks (the <c>status</c> of a <c>task.closed</c> record).</summary>
internal static class TaskStatuses
{
    /// <summary>The participant answered.</summary>
    public const string Decided = "Decided";

    /// <summary>The task is no longer needed: the activity was cancelled, another recipient answered, or a new task replaced it.</summary>
    public const string Cancelled = "Cancelled";

    /// <summary>The deadline passed without an answer.</summary>
    public const string TimedOut = "TimedOut";
}
