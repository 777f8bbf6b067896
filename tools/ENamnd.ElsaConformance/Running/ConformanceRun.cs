using ENamnd.ElsaConformance.Hosting;
using ENamnd.ElsaConformance.Manifest;

namespace ENamnd.ElsaConformance.Running;

/// <summary>
/// Measures the manifest's files: each group (by default a scenario folder, as one Elsa test's services hold it) on a
/// fresh host, so definitions and activity names of one scenario never meet another's.
/// </summary>
public sealed class ConformanceRun(ConformanceManifest manifest, ElsaCoreSource source, Func<IConformanceHost> newHost, TextWriter progress)
{
    /// <summary>The results of the files <paramref name="includes"/> selects, in manifest order, dependencies resolved.</summary>
    public async Task<IReadOnlyList<FileResult>> RunAsync(Func<string, bool> includes, CancellationToken ct)
    {
        var byPath = manifest.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var results = new List<FileResult>();
        foreach (var group in manifest.Files.Where(f => includes(f.Path)).GroupBy(f => f.GroupName))
        {
            if (group.All(f => f.Role == FileRole.NotAWorkflow))
            {
                results.AddRange(group.Select(f => new FileResult(f, null, null, [])));
                continue;
            }
            progress.WriteLine($"{group.Key}: {group.Count()} file(s)…");
            await using var host = newHost();
            var groupResults = await new GroupRunner(host, source, byPath).RunAsync(group, ct);
            results.AddRange(groupResults);
            var counted = groupResults.Where(r => r.File.Role == FileRole.Checked).ToList();
            progress.WriteLine($"{group.Key}: {groupResults.Count(r => r.Import?.Imported == true)} imported, {counted.Count(r => r.Matched)} of {counted.Count} checked matched");
        }
        return FileResult.WithCheckers(results);
    }
}
