namespace ENamnd.Host.Infrastructure.Storage;

/// <summary>A generated secret kept in the data directory: owner-only on Unix, written once, never seen half-written.</summary>
internal static class SecretFile
{
    /// <summary>The secret in <paramref name="path"/>, or null when there is no such file; too short a secret is an error saying <paramref name="remedy"/>.</summary>
    public static string? TryRead(string path, int minimumLength, string remedy)
    {
        if (!File.Exists(path)) return null;
        var secret = File.ReadAllText(path).Trim();
        if (secret.Length < minimumLength)
            throw new InvalidOperationException($"The file {path} holds fewer than {minimumLength} characters. {remedy}");
        return secret;
    }

    /// <summary>Creates <paramref name="path"/> holding <paramref name="secret"/>; false when the file already exists.</summary>
    /// <remarks>The secret is written to a temporary file created with mode 0600 and then moved into place, so the file
    /// is never readable by others and never seen half-written, even by a second host process starting at once.</remarks>
    public static bool TryCreate(string path, string secret) => Write(path, secret, overwrite: false);

    /// <summary>Puts <paramref name="secret"/> in <paramref name="path"/> in place of what it held, in the same safe way as <see cref="TryCreate"/>.</summary>
    public static void Replace(string path, string secret) => Write(path, secret, overwrite: true);

    private static bool Write(string path, string secret, bool overwrite)
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
            File.Move(temporary, path, overwrite);
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(path))
        {
            return false;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
