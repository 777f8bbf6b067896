namespace ENamnd.Architecture.Tests;

/// <summary>Checks a repository checkout against the layering rules and lists every violation found.</summary>
internal static class ArchitectureRules
{
    /// <summary>All violations in the repository at <paramref name="root"/>; empty when it follows the rules.</summary>
    public static IReadOnlyList<string> Check(string root)
    {
        var projects = LoadSourceProjects(root);
        var violations = new List<string>(DependencyDirectionRule.Check(projects));
        // The pure layers: the engine (with its C# syntax), and the domain and process above it, know no infrastructure.
        foreach (var pure in projects.Where(project => project.Name is ProjectLayers.Engine or ProjectLayers.EngineCSharp or ProjectLayers.Activities or ProjectLayers.Workflows))
        {
            violations.AddRange(EngineProjectRule.Check(pure));
        }

        violations.AddRange(EngineAssetsRule.Check(root));
        violations.AddRange(EngineSourceRule.Check(root));
        violations.AddRange(NamespaceCycleRule.Check(root));
        violations.AddRange(TestProjectRule.Check(root, projects));
        return violations;
    }

    private static List<ProjectFile> LoadSourceProjects(string root)
    {
        var source = Path.Combine(root, "src");
        if (!Directory.Exists(source))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(source, "*.csproj", SearchOption.AllDirectories)
            .Where(file => !RepositoryPath.IsBuildOutput(source, file))
            .Order(StringComparer.Ordinal)
            .Select(file => ProjectFile.Load(root, file))];
    }
}
