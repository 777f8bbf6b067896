namespace ENamnd.Engine.Runtime;

/// <summary>The detailed state of an instance (Elsa's sub-status).</summary>
public enum WorkflowSubStatus
{
    /// <summary>Created, not yet run.</summary>
    Pending,

    /// <summary>A step is running.</summary>
    Executing,

    /// <summary>Waiting on one or more bookmarks.</summary>
    Suspended,

    /// <summary>Completed normally.</summary>
    Finished,

    /// <summary>Stopped by a cancellation.</summary>
    Cancelled,

    /// <summary>Stopped by an error.</summary>
    Faulted,
}
