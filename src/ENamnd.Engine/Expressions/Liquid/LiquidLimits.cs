namespace ENamnd.Engine.Expressions.Liquid;

/// <summary>How far one rendering may go, so a runaway template faults its step instead of hanging it.</summary>
public static class LiquidLimits
{
    /// <summary>Statements and loop iterations one rendering may execute.</summary>
    public const int MaxSteps = 100_000;

    /// <summary>How deep blocks may nest.</summary>
    public const int MaxRecursion = 64;

    /// <summary>Characters one rendering (or one captured block) may produce.</summary>
    public const int MaxOutputSize = 1_000_000;

    /// <summary>Items one operation (a range, a split, a join) may materialize.</summary>
    public const int MaxCollectionSize = 10_000;
}
