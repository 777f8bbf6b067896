namespace ENamnd.Activities.Tasks;

/// <summary>The step records of participant tasks.</summary>
public static class TaskRecordKinds
{
    /// <summary>A task was opened (payload: <see cref="OpenedTask"/>).</summary>
    public const string Opened = "task.opened";

    /// <summary>A task was decided, cancelled or escalated (payload: <see cref="ClosedTask"/>).</summary>
    public const string Closed = "task.closed";
}
