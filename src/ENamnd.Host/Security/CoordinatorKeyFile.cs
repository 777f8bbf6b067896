namespace ENamnd.Host.Security;

/// <summary>Reads and creates the generated coordinator key file (owner-only on Unix).</summary>
internal static class CoordinatorKeyFile
{
    /// <summary>The key stored in <paramref name="path"/>, or null when there is no such file.</summary>
    public static string? TryRead(string path)
    {
        if (!File.Exists(path)) return null;
        var key = File.ReadAllText(path).Trim();
        if (key.Length < AuthOptions.MinimumKeyLength)
        {
            throw new InvalidOperationException(
                $"The coordinator key file {path} holds fewer than {AuthOptions.MinimumKeyLength} characters. " +
                "Delete it to have a new key generated, or set Auth:CoordinatorApiKey.");
        }
        return key;
    }

    /// <summary>Creates <paramref name="path"/> holding <paramref name="key"/>; false when the file already exists.</summary>
    /// <remarks>The key is written to a temporary file created with mode 0600 and then moved into place, so the file
    /// is never readable by others and never seen half-written, even by a second host process starting at once.</remarks>
    public static bool TryCreate(string path, string key)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, CreateOptions()))
            using (var writer = new StreamWriter(stream))
            {
                writer.WriteLine(key);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }
}
