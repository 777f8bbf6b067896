namespace ENamnd.Activities.Tasks;

/// <summary>The step records of participant tasks.</summary>
public static class TaskRecordKinds
{
    /// <summary>A task was opened (payload: <see cref="OpenedTask"/>).</summary>
    public const string Opened = "task.opened";

    /// <summary>A task was decided, cancelled or escalated (payload: <see cref="ClosedTask"/>).</summary>
    public const string Closed = "task.closed";

    /// <summary>A reminder of an open task was sent (payload: <see cref="TaskChange"/>).</summary>
    public const string Reminded = "task.reminded";

    /// <summary>An open task was given to another recipient (payload: <see cref="TaskChange"/> with the recipient).</summary>
    public const string Reassigned = "task.reassigned";
}
