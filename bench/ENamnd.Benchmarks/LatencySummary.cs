namespace ENamnd.Benchmarks;

/// <summary>Latency percentiles of one measurement, in milliseconds.</summary>
public sealed record LatencySummary(double P50, double P95, double P99, double Max, long Samples)
{
    /// <summary>Nearest-rank percentiles and the maximum of <paramref name="milliseconds"/>; null when there are none.</summary>
    public static LatencySummary? Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.ToArray();
        if (sorted.Length == 0) return null;
        Array.Sort(sorted);
        return new LatencySummary(Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1], sorted.Length);
    }

    private static double Percentile(double[] sorted, double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
