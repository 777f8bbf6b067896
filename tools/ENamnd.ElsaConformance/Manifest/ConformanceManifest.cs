using System.Text.Json;
using System.Text.Json.Serialization;

namespace ENamnd.ElsaConformance.Manifest;

/// <summary>The manifest: the elsa-core commit it was read from and what each test file is expected to do.</summary>
public sealed record ConformanceManifest
{
    /// <summary>The manifest next to the program.</summary>
    public const string FileName = "expectations.json";

    /// <summary>How the manifest is read: camelCase names, comments and trailing commas allowed.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The elsa-core commit whose tests were read.</summary>
    public required string ElsaCoreCommit { get; init; }

    /// <summary>What the manifest is.</summary>
    public string? About { get; init; }

    /// <summary>The files, in the order they are imported and run.</summary>
    public required List<FileExpectation> Files { get; init; }

    /// <summary>Reads a manifest; throws <see cref="JsonException"/> on a malformed one.</summary>
    public static ConformanceManifest Parse(string json) =>
        JsonSerializer.Deserialize<ConformanceManifest>(json, Json) ?? throw new JsonException("The manifest is empty.");

    /// <summary>Reads the manifest file at <paramref name="path"/>.</summary>
    public static ConformanceManifest Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>What is wrong with the manifest: unknown references, run kinds without what they need; empty when it is sound.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var byPath = new Dictionary<string, FileExpectation>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            if (!byPath.TryAdd(file.Path, file)) problems.Add($"{file.Path}: listed twice.");
        }
        foreach (var file in Files)
        {
            foreach (var import in file.Imports.Where(i => !byPath.ContainsKey(i))) problems.Add($"{file.Path}: imports {import}, which is not listed.");
            if (file.CheckedVia is { } via && (!byPath.TryGetValue(via, out var checker) || checker.Role != FileRole.Checked))
                problems.Add($"{file.Path}: checked via {via}, which is not a checked file.");
            if (file.Run is { } run && !FileExpectation.RunKinds.Contains(run)) problems.Add($"{file.Path}: unknown run kind '{run}'.");
            problems.AddRange(RunProblems(file).Select(p => $"{file.Path}: {p}"));
        }
        return problems;
    }

    private static IEnumerable<string> RunProblems(FileExpectation file)
    {
        if (file.Role != FileRole.Checked)
        {
            if (file.Run is not null) yield return $"a file that is {file.Role} has a run.";
            yield break;
        }
        if (file.Test is null) yield return "a checked file names no Elsa test.";
        switch (file.Run)
        {
            case null:
                yield return "a checked file has no run.";
                break;
            case "http" when file.Http is null:
                yield return "an http run has no request.";
                break;
            case "api" when file.Api.Count == 0:
                yield return "an api run has no reads.";
                break;
            case "api" when file.Api.Any(a => (a.Get is null) == (a.Post is null)):
                yield return "an api step names neither or both of get and post.";
                break;
            case "execute" or "untilEnd" or "publish" when file.Expect is null:
                yield return $"a {file.Run} run has no expectation.";
                break;
        }
    }
}
