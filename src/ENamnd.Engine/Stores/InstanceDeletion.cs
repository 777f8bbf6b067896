namespace ENamnd.Engine.Stores;

/// <summary>What came of deleting an instance: deleted, not found, still running, or kept (with the reasons, in Swedish).</summary>
public sealed record InstanceDeletion(InstanceDeletionOutcome Outcome, IReadOnlyList<string> Reasons)
{
    /// <summary>The instance and its own rows are gone.</summary>
    public static InstanceDeletion Deleted { get; } = new(InstanceDeletionOutcome.Deleted, []);

    /// <summary>There is no such instance.</summary>
    public static InstanceDeletion NotFound { get; } = new(InstanceDeletionOutcome.NotFound, []);

    /// <summary>The instance has not ended.</summary>
    public static InstanceDeletion Running { get; } = new(InstanceDeletionOutcome.Running, ["Instansen körs fortfarande."]);

    /// <summary>Records that must be kept name the instance; nothing was deleted.</summary>
    public static InstanceDeletion Kept(IReadOnlyList<string> reasons) => new(InstanceDeletionOutcome.Kept, reasons);
}
