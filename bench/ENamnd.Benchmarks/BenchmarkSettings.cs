using System.Globalization;

namespace ENamnd.Benchmarks;

/// <summary>The command line: how long each measurement runs.</summary>
public sealed record BenchmarkSettings(int Seconds)
{
    /// <summary>The default length of one measurement.</summary>
    public const int DefaultSeconds = 20;

    /// <summary>The length of one measurement with <c>--quick</c>.</summary>
    public const int QuickSeconds = 5;

    /// <summary>What the program accepts.</summary>
    public const string Usage = "Usage: dotnet run -c Release --project bench/ENamnd.Benchmarks [-- --seconds N | --quick]";

    /// <summary>How long one measurement runs.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    /// <summary>How long the code runs unmeasured first (JIT, caches): a fifth of a measurement, 1 to 3 s.</summary>
    public TimeSpan WarmUp => TimeSpan.FromSeconds(Math.Clamp(Seconds / 5, 1, 3));

    /// <summary>Reads <c>--seconds N</c> and <c>--quick</c>; throws <see cref="ArgumentException"/> on anything else.</summary>
    public static BenchmarkSettings Parse(IReadOnlyList<string> args)
    {
        var seconds = DefaultSeconds;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    seconds = QuickSeconds;
                    break;
                case "--seconds" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    seconds = n;
                    i++;
                    break;
                default:
                    throw new ArgumentException($"Unknown or incomplete argument '{args[i]}'.");
            }
        }
        return new BenchmarkSettings(seconds);
    }
}
