using System.Globalization;
using System.Text.RegularExpressions;

namespace ENamnd.Benchmarks.Pgbench;

/// <summary>Reads what pgbench reports: the summary's rate and the per-transaction log.</summary>
public static partial class PgbenchOutput
{
    /// <summary>The rate from <c>tps = X (without initial connection time)</c>.</summary>
    public static double ParseTps(string output)
    {
        var match = Tps().Match(output);
        if (!match.Success) throw new FormatException($"pgbench printed no 'tps = … (without initial connection time)' line:\n{output}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The latencies, in milliseconds, of the transactions in the logs that <c>-l</c> wrote to
    /// <paramref name="directory"/>: one line per transaction, the third field in microseconds.
    /// </summary>
    public static IEnumerable<double> ReadLatencies(string directory) =>
        Directory.EnumerateFiles(directory)
            .SelectMany(File.ReadLines)
            .Select(line => line.Split(' '))
            // A failed or skipped transaction has a word instead of a time.
            .Select(fields => fields.Length >= 3 && double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var micros) ? micros / 1000 : double.NaN)
            .Where(ms => !double.IsNaN(ms));

    [GeneratedRegex(@"tps = ([0-9]+(?:\.[0-9]+)?) \(without initial connection time\)")]
    private static partial Regex Tps();
}
