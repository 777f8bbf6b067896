using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Browser;

/// <summary>Where the browser tests leave screenshots: artifacts/screenshots in the repository root (git-ignored).</summary>
internal static class TestArtifacts
{
    /// <summary>The screenshot folder, created on first use; beside the test assembly when not run inside the repository.</summary>
    public static string Screenshots { get; } = Create();

    private static string Create() =>
        Directory.CreateDirectory(Path.Combine(RepositoryRoot.Find() ?? AppContext.BaseDirectory, "artifacts", "screenshots")).FullName;
}
