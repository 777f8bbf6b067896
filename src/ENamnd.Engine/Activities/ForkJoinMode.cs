namespace ENamnd.Engine.Activities;

/// <summary>When a <see cref="Fork"/> completes.</summary>
public enum ForkJoinMode
{
    /// <summary>When every branch has completed.</summary>
    WaitAll,

    /// <summary>When the first branch completes; the others are cancelled.</summary>
    WaitAny,
}
