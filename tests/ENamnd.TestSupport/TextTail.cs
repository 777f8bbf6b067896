namespace ENamnd.TestSupport;

/// <summary>The last lines of a text, for error messages.</summary>
public static class TextTail
{
    /// <summary>The last <paramref name="lines"/> lines of <paramref name="text"/>.</summary>
    public static string Of(string text, int lines = 40)
    {
        var all = text.Split('\n');
        return string.Join('\n', all[Math.Max(0, all.Length - lines)..]);
    }

    /// <summary>The last lines of a file, or a note that it cannot be read.</summary>
    public static string OfFile(string path, int lines = 40)
    {
        try
        {
            // Shared read: the writer (a server, a child process) may still have it open.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return Of(reader.ReadToEnd(), lines);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"({path} cannot be read: {e.Message})";
        }
    }
}
