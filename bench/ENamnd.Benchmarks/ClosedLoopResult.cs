namespace ENamnd.Benchmarks;

/// <summary>What a <see cref="ClosedLoop"/> run measured.</summary>
public sealed record ClosedLoopResult(long Operations, TimeSpan Elapsed, LatencySummary? Latency)
{
    /// <summary>Operations per second.</summary>
    public double Rate => Operations / Elapsed.TotalSeconds;
}
