namespace ENamnd.Engine.Stores;

/// <summary>How a deletion of an instance ended.</summary>
public enum InstanceDeletionOutcome
{
    /// <summary>Deleted.</summary>
    Deleted,

    /// <summary>No such instance.</summary>
    NotFound,

    /// <summary>The instance has not ended.</summary>
    Running,

    /// <summary>Kept for the records that name it.</summary>
    Kept,
}
