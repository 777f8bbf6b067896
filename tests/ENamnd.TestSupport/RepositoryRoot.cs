namespace ENamnd.TestSupport;

/// <summary>The repository a test runs in: the nearest folder above the test assembly that holds <c>ENamnd.sln</c>.</summary>
public static class RepositoryRoot
{
    /// <summary>The repository root above <paramref name="start"/> (the test assembly's folder by default), or null outside a checkout.</summary>
    public static string? Find(string? start = null)
    {
        for (var directory = new DirectoryInfo(start ?? AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ENamnd.sln"))) return directory.FullName;
        }
        return null;
    }
}
