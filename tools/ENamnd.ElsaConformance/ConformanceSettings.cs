using ENamnd.ElsaConformance.Manifest;

namespace ENamnd.ElsaConformance;

/// <summary>The command line: where elsa-core is, which manifest, and optionally which files (by a part of their path).</summary>
public sealed record ConformanceSettings(string ElsaCore, string Manifest, string? Only = null)
{
    /// <summary>What the program accepts.</summary>
    public const string Usage = "Usage: dotnet run -c Release --project tools/ENamnd.ElsaConformance -- --elsa-core PATH [--manifest FILE] [--only TEXT]";

    /// <summary>Whether the file at <paramref name="path"/> is measured.</summary>
    public bool Includes(string path) => Only is null || path.Contains(Only, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads <c>--elsa-core PATH</c> (a checkout or git directory; required), <c>--manifest FILE</c> (default: the
    /// manifest next to the program) and <c>--only TEXT</c>; throws <see cref="ArgumentException"/> on anything else.
    /// </summary>
    public static ConformanceSettings Parse(IReadOnlyList<string> args)
    {
        string? elsaCore = null;
        var manifest = Path.Combine(AppContext.BaseDirectory, ConformanceManifest.FileName);
        string? only = null;
        for (var i = 0; i < args.Count; i++)
        {
            var hasValue = i + 1 < args.Count && !string.IsNullOrWhiteSpace(args[i + 1]);
            switch (args[i])
            {
                case "--elsa-core" when hasValue:
                    elsaCore = args[++i];
                    break;
                case "--manifest" when hasValue:
                    manifest = args[++i];
                    break;
                case "--only" when hasValue:
                    only = args[++i];
                    break;
                default:
                    throw new ArgumentException($"Unknown or incomplete argument '{args[i]}'.");
            }
        }
        return elsaCore is null ? throw new ArgumentException("--elsa-core PATH is required.") : new ConformanceSettings(elsaCore, manifest, only);
    }
}
