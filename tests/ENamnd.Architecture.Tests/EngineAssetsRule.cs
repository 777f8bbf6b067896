using System.Text.Json;

namespace ENamnd.Architecture.Tests;

/// <summary>The engine's restored package graph (project.assets.json) holds no infrastructure package, even transitively.</summary>
internal static class EngineAssetsRule
{
    /// <summary>The engine's assets file, relative to the repository root.</summary>
    public const string AssetsPath = "src/ENamnd.Engine/obj/project.assets.json";

    /// <summary>One violation per forbidden package or framework in the graph, or one if the file is missing or unreadable.</summary>
    public static IReadOnlyList<string> Check(string root)
    {
        var path = Path.Combine(root, AssetsPath);
        if (!File.Exists(path))
        {
            return [$"{AssetsPath}: not found, so the engine's transitive packages cannot be checked; restore first (dotnet restore src/ENamnd.Engine)."];
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return [.. Targets(document.RootElement).SelectMany(CheckTarget).Concat(CheckDirectFrameworks(document.RootElement)).Distinct()];
        }
        catch (JsonException exception)
        {
            return [$"{AssetsPath}: cannot be read ({exception.Message}); restore the engine again."];
        }
    }

    private static IEnumerable<string> CheckTarget(JsonElement target)
    {
        var libraries = target.EnumerateObject().ToList();
        foreach (var library in libraries)
        {
            var (id, version) = SplitKey(library.Name);
            if (ForbiddenDependencies.MatchPackage(id) is { } pattern)
            {
                yield return $"{AssetsPath}: the engine depends on package {id} {version} {Via(libraries, id)} (forbidden: {pattern}); infrastructure belongs in the host.";
            }

            foreach (var framework in Strings(library.Value, "frameworkReferences").Where(ForbiddenDependencies.IsForbiddenFramework))
            {
                yield return $"{AssetsPath}: package {id} {version} brings the {framework} framework into the engine; the engine must not depend on ASP.NET Core.";
            }
        }
    }

    private static IEnumerable<string> CheckDirectFrameworks(JsonElement root)
    {
        if (!root.TryGetProperty("project", out var project) || !project.TryGetProperty("frameworks", out var frameworks))
        {
            yield break;
        }

        foreach (var framework in frameworks.EnumerateObject())
        {
            if (!framework.Value.TryGetProperty("frameworkReferences", out var references))
            {
                continue;
            }

            foreach (var reference in references.EnumerateObject().Where(reference => ForbiddenDependencies.IsForbiddenFramework(reference.Name)))
            {
                yield return $"{AssetsPath}: the engine ({framework.Name}) references the {reference.Name} framework; the engine must not depend on ASP.NET Core.";
            }
        }
    }

    private static IEnumerable<JsonElement> Targets(JsonElement root) =>
        root.TryGetProperty("targets", out var targets) ? targets.EnumerateObject().Select(target => target.Value) : [];

    /// <summary>Names the packages that pull <paramref name="id"/> in, so the message says where to cut.</summary>
    private static string Via(IEnumerable<JsonProperty> libraries, string id)
    {
        var dependents = libraries
            .Where(library => library.Value.TryGetProperty("dependencies", out var dependencies)
                && dependencies.EnumerateObject().Any(dependency => string.Equals(dependency.Name, id, StringComparison.OrdinalIgnoreCase)))
            .Select(library => library.Name)
            .ToList();
        return dependents.Count == 0 ? "(directly)" : $"(through {string.Join(", ", dependents)})";
    }

    private static (string Id, string Version) SplitKey(string key)
    {
        var slash = key.IndexOf('/');
        return slash < 0 ? (key, string.Empty) : (key[..slash], key[(slash + 1)..]);
    }

    private static IEnumerable<string> Strings(JsonElement element, string propertyName) =>
        element.TryGetProperty(propertyName, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(item => item.GetString() ?? string.Empty)
            : [];
}
