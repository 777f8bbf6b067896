using System.Globalization;

namespace ENamnd.Benchmarks;

/// <summary>The command line: how long each measurement runs, and which benchmarks run (all when <see cref="Only"/> is null).</summary>
public sealed record BenchmarkSettings(int Seconds, IReadOnlySet<string>? Only = null)
{
    /// <summary>The names <c>--only</c> accepts: pgbench, the durable engine, the in-memory engine, the case pages, the contract monitoring, the history, the idle host.</summary>
    public static readonly IReadOnlyList<string> Names = ["pgbench", "engine", "memory", "cases", "contracts", "history", "idle"];

    /// <summary>The default length of one measurement.</summary>
    public const int DefaultSeconds = 20;

    /// <summary>The length of one measurement with <c>--quick</c>.</summary>
    public const int QuickSeconds = 5;

    /// <summary>What the program accepts.</summary>
    public const string Usage = "Usage: dotnet run -c Release --project bench/ENamnd.Benchmarks [-- [--seconds N | --quick] [--only NAME[,NAME…]]] where NAME is pgbench, engine, memory, cases, contracts, history or idle";

    /// <summary>How long one measurement runs.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    /// <summary>How long the code runs unmeasured first (JIT, caches): a fifth of a measurement, 1 to 3 s.</summary>
    public TimeSpan WarmUp => TimeSpan.FromSeconds(Math.Clamp(Seconds / 5, 1, 3));

    /// <summary>Whether the benchmark called <paramref name="name"/> (one of <see cref="Names"/>) runs.</summary>
    public bool Runs(string name) => Only is null || Only.Contains(name);

    /// <summary>Reads <c>--seconds N</c>, <c>--quick</c> and <c>--only NAME[,NAME…]</c>; throws <see cref="ArgumentException"/> on anything else.</summary>
    public static BenchmarkSettings Parse(IReadOnlyList<string> args)
    {
        var seconds = DefaultSeconds;
        HashSet<string>? only = null;
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
                case "--only" when i + 1 < args.Count && args[i + 1].Split(',') is var names && names.All(Names.Contains):
                    only = [.. names];
                    i++;
                    break;
                default:
                    throw new ArgumentException($"Unknown or incomplete argument '{args[i]}'.");
            }
        }
        return new BenchmarkSettings(seconds, only);
    }
}
