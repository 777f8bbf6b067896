namespace ENamnd.Architecture.Tests;

/// <summary>Repository-relative paths with forward slashes, for messages that read the same on every OS.</summary>
internal static class RepositoryPath
{
    /// <summary>The path of <paramref name="fullPath"/> relative to <paramref name="root"/>.</summary>
    public static string Relative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    /// <summary>Whether a path lies under a build output folder (obj or bin) below <paramref name="baseDirectory"/>.</summary>
    public static bool IsBuildOutput(string baseDirectory, string fullPath) =>
        Path.GetRelativePath(baseDirectory, fullPath)
            .Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(segment => segment is "obj" or "bin");
}
