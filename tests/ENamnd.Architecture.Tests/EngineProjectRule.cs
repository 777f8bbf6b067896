namespace ENamnd.Architecture.Tests;

/// <summary>The csproj of a pure layer (the engine, the activities, the workflows) names no infrastructure package, no web SDK and no ASP.NET Core framework.</summary>
internal static class EngineProjectRule
{
    /// <summary>One violation per forbidden SDK, framework reference or direct package reference.</summary>
    public static IReadOnlyList<string> Check(ProjectFile engine)
    {
        var what = engine.Name == ProjectLayers.Engine ? "the engine" : engine.Name;
        return Check(engine, what);
    }

    private static IReadOnlyList<string> Check(ProjectFile engine, string what)
    {
        var violations = new List<string>();
        foreach (var sdk in engine.Sdks.Where(sdk => string.Equals(sdk, ForbiddenDependencies.WebSdk, StringComparison.OrdinalIgnoreCase)))
        {
            violations.Add($"{engine.RelativePath}: {what} uses the {sdk} SDK; {what} must not depend on ASP.NET Core.");
        }

        foreach (var framework in engine.FrameworkReferences.Where(ForbiddenDependencies.IsForbiddenFramework))
        {
            violations.Add($"{engine.RelativePath}: {what} has a FrameworkReference to {framework}; {what} must not depend on ASP.NET Core.");
        }

        foreach (var package in engine.PackageReferences)
        {
            if (ForbiddenDependencies.MatchPackage(package) is { } pattern)
            {
                violations.Add($"{engine.RelativePath}: {what} references package {package} (forbidden: {pattern}); infrastructure belongs in the host.");
            }
        }

        return violations;
    }
}
