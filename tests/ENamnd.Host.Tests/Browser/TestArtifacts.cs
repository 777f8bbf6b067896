using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Browser;

/// <summary>What the browser tests leave behind in artifacts/ in the repository root (git-ignored): screenshots and timings.</summary>
internal static class TestArtifacts
{
    /// <summary>The screenshot folder, created on first use; beside the test assembly when not run inside the repository.</summary>
    public static string Screenshots { get; } = Create("screenshots");

    /// <summary>The folder of measured page load times, one text file per measurement.</summary>
    public static string Timings { get; } = Create("timings");

    private static string Create(string name) =>
        Directory.CreateDirectory(Path.Combine(RepositoryRoot.Find() ?? AppContext.BaseDirectory, "artifacts", name)).FullName;
}
