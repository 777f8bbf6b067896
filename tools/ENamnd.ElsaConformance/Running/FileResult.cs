using ENamnd.ElsaConformance.Manifest;

namespace ENamnd.ElsaConformance.Running;

/// <summary>The outcome for one file: its import, its run, the differences from what its Elsa test expects.</summary>
public sealed record FileResult(FileExpectation File, ImportOutcome? Import, RunObservation? Run, IReadOnlyList<string> Differences)
{
    /// <summary>Whether the file counts towards the percentage (checked directly or as a dependency).</summary>
    public bool Counted => File.Role is FileRole.Checked or FileRole.Dependency;

    /// <summary>Whether it matched; for a dependency set from its checker by <see cref="WithCheckers"/>.</summary>
    public bool Matched { get; init; }

    /// <summary>Whether the file was run.</summary>
    public bool Ran => Run is { Error: null };

    /// <summary>The result of a checked file.</summary>
    public static FileResult Checked(FileExpectation file, ImportOutcome import, RunObservation? run)
    {
        IReadOnlyList<string> differences = !import.Imported ? ["not imported"]
            : run is null ? ["not run"]
            : ExpectationCheck.Differences(file, run);
        return new FileResult(file, import, run, differences) { Matched = differences.Count == 0 };
    }

    /// <summary>
    /// The results with every dependency resolved: a dependency matches when it was imported and the file that
    /// checks it matched (its test exercises the dependency).
    /// </summary>
    public static IReadOnlyList<FileResult> WithCheckers(IReadOnlyList<FileResult> results)
    {
        var byPath = results.GroupBy(r => r.File.Path).ToDictionary(g => g.Key, g => g.First());
        return results.Select(r =>
        {
            if (r.File.Role != FileRole.Dependency) return r;
            var checker = r.File.CheckedVia is { } via && byPath.TryGetValue(via, out var c) ? c : null;
            var imported = r.Import?.Imported == true;
            IReadOnlyList<string> differences = !imported ? ["not imported"]
                : checker is null ? ["its checker was not measured"]
                : checker.Matched ? [] : [$"{Path.GetFileName(checker.File.Path)} did not match"];
            return r with { Differences = differences, Matched = differences.Count == 0 };
        }).ToList();
    }
}
