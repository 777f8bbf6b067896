namespace ENamnd.Host.Tests.Browser;

/// <summary>Where the browser tests leave screenshots: artifacts/screenshots in the repository root (git-ignored).</summary>
internal static class TestArtifacts
{
    /// <summary>The screenshot folder, created on first use; beside the test assembly when not run inside the repository.</summary>
    public static string Screenshots { get; } = Create();

    private static string Create()
    {
        var root = AppContext.BaseDirectory;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (!File.Exists(Path.Combine(directory.FullName, "ENamnd.sln"))) continue;
            root = directory.FullName;
            break;
        }
        return Directory.CreateDirectory(Path.Combine(root, "artifacts", "screenshots")).FullName;
    }
}
