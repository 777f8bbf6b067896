using System.Globalization;
using System.Runtime.InteropServices;

namespace ENamnd.Benchmarks;

/// <summary>Prints the measurements as a table, with latency percentiles and ratios to their baselines.</summary>
public static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] Headers = ["Benchmark", "Scenario", "Clients", "Rate", "Unit", "p50", "p95", "p99", "max", "vs baseline"];
    private static readonly bool[] RightAligned = [false, false, true, true, false, true, true, true, true, false];

    /// <summary>Writes the table for <paramref name="measurements"/> to <paramref name="output"/>.</summary>
    public static void Print(TextWriter output, BenchmarkSettings settings, IReadOnlyList<Measurement> measurements)
    {
        output.WriteLine();
        output.WriteLine($"ENamnd benchmarks: {settings.Seconds} s per measurement after {settings.WarmUp.TotalSeconds:0} s warm-up; " +
            $"{Environment.ProcessorCount} CPUs, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}");
        // Other work on the machine skews every figure; the load averages show whether there was any.
        if (LoadAverages() is { } load) output.WriteLine($"Load average (1, 5, 15 min) at the end: {load}");
        output.WriteLine();
        var byKey = measurements.ToDictionary(m => m.Key);
        var rows = measurements.Select(m => Row(m, byKey)).ToList();
        var widths = Headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        WriteRow(output, Headers, widths);
        WriteRow(output, widths.Select(w => new string('-', w)).ToArray(), widths);
        string? previous = null;
        foreach (var (row, measurement) in rows.Zip(measurements))
        {
            // A blank line between benchmarks keeps the groups apart.
            if (previous is not null && previous != measurement.Benchmark) output.WriteLine();
            WriteRow(output, row, widths);
            previous = measurement.Benchmark;
        }
        output.WriteLine();
        output.WriteLine("Latency is per operation (pgbench: per transaction); vs baseline is this rate divided by the baseline's rate.");
        PrintComparisons(output, measurements, byKey);
        PrintTargets(output, measurements);
    }

    // Whether each measurement with a target stayed under it: a latency at p95 and at the slowest operation measured, a rate as a whole.
    private static void PrintTargets(TextWriter output, IReadOnlyList<Measurement> measurements)
    {
        var targeted = measurements.Where(m => (m.TargetMilliseconds is not null && m.Latency is not null) || m.MaximumRate is not null).ToList();
        if (targeted.Count == 0) return;
        output.WriteLine();
        output.WriteLine("Targets:");
        foreach (var m in targeted)
        {
            if (m.MaximumRate is { } maximum)
                output.WriteLine($"  {m.Benchmark}, {m.Scenario}: {Rate(m.Rate)} {m.Unit} against under {Rate(maximum)}: {(m.Rate < maximum ? "met" : "NOT met")}");
            if (m.TargetMilliseconds is not { } target || m.Latency is null) continue;
            var met = m.Latency.Max < target ? "met" : m.Latency.P95 < target ? "met at p95, not at max" : "NOT met";
            output.WriteLine($"  {m.Benchmark}, {m.Scenario}: p95 {Latency(m.Latency.P95)}, max {Latency(m.Latency.Max)} against {Latency(target)}: {met}");
        }
    }

    // Each figure of a compared measurement next to the baseline's at the same client count, with
    // the ratio (this ÷ baseline: above 1 is a higher rate, or a longer latency).
    private static void PrintComparisons(TextWriter output, IReadOnlyList<Measurement> measurements, IReadOnlyDictionary<string, Measurement> byKey)
    {
        var compared = measurements
            .Select(m => (Measurement: m, Baseline: m.ComparedWith is { } key && byKey.TryGetValue(key, out var b) ? b : null))
            .Where(c => c.Baseline is not null)
            .ToList();
        if (compared.Count == 0) return;
        output.WriteLine();
        output.WriteLine("Each figure against its baseline (ratio = this ÷ baseline):");
        foreach (var (m, baseline) in compared)
        {
            output.WriteLine($"  {m.Benchmark}, {m.Scenario}, {m.Clients} client(s) vs {baseline!.Benchmark}, {baseline.Scenario}, {baseline.Clients} client(s):");
            output.WriteLine($"    rate  {Figure(m.Rate, m.Unit)} vs {Figure(baseline.Rate, baseline.Unit)} = {Ratio(m.Rate, baseline.Rate)}");
            if (m.Latency is not { } latency || baseline.Latency is not { } other) continue;
            foreach (var (name, mine, theirs) in new[] { ("p50", latency.P50, other.P50), ("p95", latency.P95, other.P95), ("p99", latency.P99, other.P99), ("max", latency.Max, other.Max) })
                output.WriteLine($"    {name}   {Latency(mine)} vs {Latency(theirs)} = {Ratio(mine, theirs)}");
        }
    }

    private static string? LoadAverages()
    {
        const string file = "/proc/loadavg";
        try
        {
            return File.Exists(file) ? string.Join(", ", File.ReadAllText(file).Split(' ').Take(3)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string Rate(double rate) => rate.ToString(rate >= 100 ? "#,0" : "#,0.0", Invariant);

    private static string Figure(double rate, string unit) => $"{Rate(rate)} {unit}";

    private static string Ratio(double value, double baseline) => baseline > 0 ? $"{(value / baseline).ToString("0.00", Invariant)} ×" : "–";

    private static string[] Row(Measurement m, IReadOnlyDictionary<string, Measurement> byKey) =>
    [
        m.Benchmark,
        m.Scenario,
        m.Clients.ToString(Invariant),
        Rate(m.Rate),
        m.Unit,
        Latency(m.Latency?.P50),
        Latency(m.Latency?.P95),
        Latency(m.Latency?.P99),
        Latency(m.Latency?.Max),
        m.ComparedWith is { } key && byKey.TryGetValue(key, out var baseline)
            ? $"{(m.Rate / baseline.Rate).ToString("0.00", Invariant)} × {baseline.Benchmark} ({baseline.Clients})"
            : "",
    ];

    private static string Latency(double? milliseconds) => milliseconds switch
    {
        null => "",
        < 1 => $"{(milliseconds.Value * 1000).ToString("0", Invariant)} µs",
        < 100 => $"{milliseconds.Value.ToString("0.00", Invariant)} ms",
        _ => $"{milliseconds.Value.ToString("0", Invariant)} ms",
    };

    private static void WriteRow(TextWriter output, string[] cells, int[] widths) =>
        output.WriteLine(string.Join("  ", cells.Select((c, i) => RightAligned[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd());
}
