namespace ENamnd.Architecture.Tests;

/// <summary>The tests mirror the source: every project under <c>src/</c> has its own test project, <c>tests/X.Tests</c>.</summary>
internal static class TestProjectRule
{
    /// <summary>The path of the test project of <paramref name="projectName"/>, relative to the repository root.</summary>
    public static string TestProjectPath(string projectName) => $"tests/{projectName}.Tests/{projectName}.Tests.csproj";

    /// <summary>One violation per source project without its test project.</summary>
    public static IEnumerable<string> Check(string root, IEnumerable<ProjectFile> sourceProjects) =>
        sourceProjects
            .Where(project => !File.Exists(Path.Combine(root, TestProjectPath(project.Name))))
            .Select(project => $"{project.RelativePath}: has no test project; its tests belong in {TestProjectPath(project.Name)}.");
}
