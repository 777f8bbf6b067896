namespace ENamnd.Engine.Runtime;

/// <summary>What happened to an activity, as recorded in the journal.</summary>
public enum JournalEventType
{
    Started,
    Suspended,
    Resumed,
    Completed,
    Cancelled,
    Faulted,
    Log,
}
