namespace ENamnd.Host.Tasks;

/// <summary>Reads and creates the generated task token secret file (owner-only on Unix).</summary>
internal static class TaskSecretFile
{
    /// <summary>The secret in <paramref name="path"/>, or null when there is no such file.</summary>
    public static string? TryRead(string path)
    {
        if (!File.Exists(path)) return null;
        var secret = File.ReadAllText(path).Trim();
        if (secret.Length < TaskOptions.MinimumSecretLength)
        {
            throw new InvalidOperationException(
                $"The task token secret file {path} holds fewer than {TaskOptions.MinimumSecretLength} characters. " +
                "Delete it to have a new secret generated (links already sent stop working), or set Tasks:TokenSecret.");
        }
        return secret;
    }

    /// <summary>Creates <paramref name="path"/> holding <paramref name="secret"/>; false when the file already exists.</summary>
    /// <remarks>Written to a temporary file created with mode 0600 and moved into place, so it is never readable by
    /// others nor seen half-written, even by a second host starting at once.</remarks>
    public static bool TryCreate(string path, string secret)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var stream = new FileStream(temporary, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.WriteLine(secret);
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
}
