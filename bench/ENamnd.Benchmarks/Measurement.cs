namespace ENamnd.Benchmarks;

/// <summary>One figure of the report: a rate for a scenario at a number of concurrent clients.</summary>
/// <param name="Benchmark">Which benchmark, e.g. <c>pgbench</c>.</param>
/// <param name="Scenario">What was measured, e.g. <c>TPC-B, scale 10</c>.</param>
/// <param name="Clients">How many clients ran at once.</param>
/// <param name="Rate">Operations per second.</param>
/// <param name="Unit">What one operation is, e.g. <c>tps</c> or <c>instances/s</c>.</param>
public sealed record Measurement(string Benchmark, string Scenario, int Clients, double Rate, string Unit)
{
    /// <summary>Latency of one operation, when measured.</summary>
    public LatencySummary? Latency { get; init; }

    /// <summary>A latency the operation must stay under (the report says whether p95 and max did).</summary>
    public double? TargetMilliseconds { get; init; }

    /// <summary>A rate the measurement must stay under (the report says whether it did).</summary>
    public double? MaximumRate { get; init; }

    /// <summary>The <see cref="Key"/> of the measurement this one is compared with (the report prints the ratio).</summary>
    public string? ComparedWith { get; init; }

    /// <summary>Identifies the measurement for comparisons.</summary>
    public string Key => KeyOf(Benchmark, Scenario, Clients);

    /// <summary>The key of a measurement.</summary>
    public static string KeyOf(string benchmark, string scenario, int clients) => $"{benchmark}/{scenario}/{clients}";
}
