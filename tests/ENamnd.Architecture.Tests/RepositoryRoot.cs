namespace ENamnd.Architecture.Tests;

/// <summary>Finds the repository root: the nearest directory that holds the solution file.</summary>
internal static class RepositoryRoot
{
    /// <summary>The file whose directory is the repository root.</summary>
    public const string SolutionFileName = "ENamnd.sln";

    /// <summary>Walks up from the test assembly's directory to the repository root.</summary>
    public static string Find() => Find(AppContext.BaseDirectory);

    /// <summary>Walks up from <paramref name="startDirectory"/> to the nearest directory holding the solution file.</summary>
    public static string Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFileName} in '{startDirectory}' or any directory above it; run the tests from inside the repository.");
    }
}
