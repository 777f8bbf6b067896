namespace ENamnd.Engine.Runtime;

/// <summary>The state of one activity execution.</summary>
public enum ActivityStatus
{
    Pending,
    Running,
    Completed,
    Cancelled,
    Faulted,
}
