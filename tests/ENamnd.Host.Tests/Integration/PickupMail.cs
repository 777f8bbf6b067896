using System.Text.RegularExpressions;

namespace ENamnd.Host.Tests.Integration;

/// <summary>Reads the host's pickup directory: which outbox message each <c>.eml</c> file carries.</summary>
internal static partial class PickupMail
{
    /// <summary>How many <c>.eml</c> files carry each outbox id (the local part of their Message-ID).</summary>
    public static IReadOnlyDictionary<string, int> CountByOutboxId(string mailDirectory)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!Directory.Exists(mailDirectory)) return counts;
        foreach (var file in Directory.EnumerateFiles(mailDirectory, "*.eml"))
        {
            var id = OutboxIdOf(file);
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }
        return counts;
    }

    /// <summary>The outbox id in the Message-ID header of <paramref name="file"/>.</summary>
    public static string OutboxIdOf(string file)
    {
        // The header block ends at the first empty line; the Message-ID is one of its lines.
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0) break;
            var match = MessageIdHeader().Match(line);
            if (match.Success) return match.Groups["id"].Value;
        }
        throw new InvalidDataException($"{file} has no Message-ID header.");
    }

    [GeneratedRegex(@"^Message-ID:\s*<(?<id>[^@>]+)@[^>]+>", RegexOptions.IgnoreCase)]
    private static partial Regex MessageIdHeader();
}
