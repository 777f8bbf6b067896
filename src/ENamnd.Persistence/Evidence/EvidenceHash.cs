using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ENamnd.Persistence.Evidence;

/// <summary>
/// The hashes of the evidence chain: SHA-256, written as lower-case hexadecimal. A row's content hash covers its canonical
/// form: the line <c>table:{length}:{table}</c>, then a line <c>{column}:{length}:{value}</c> for each stored column that
/// is not NULL, in ordinal order of the column names, each line ending in a line feed. A length counts the value's UTF-8
/// bytes, so no value can pass for another whatever it contains. A link's chain hash covers the previous link's chain
/// hash, the sequence, the table, the row key, the content hash and the seal time, joined by line feeds.
/// </summary>
public static class EvidenceHash
{
    /// <summary>The previous hash of the first link: 64 zeros.</summary>
    public static string Genesis { get; } = new('0', 64);

    /// <summary>The content hash of a row of <paramref name="table"/> with the stored <paramref name="columns"/> (name, value).</summary>
    public static string Content(string table, IEnumerable<KeyValuePair<string, object?>> columns)
    {
        var text = new StringBuilder();
        AppendLine(text, "table", table);
        foreach (var (column, value) in columns.Where(c => c.Value is not null).OrderBy(c => c.Key, StringComparer.Ordinal))
            AppendLine(text, column, Format(value!));
        return Sha256(text.ToString());
    }

    /// <summary>The chain hash of a link.</summary>
    public static string Link(string previousHash, long sequence, string table, long rowKey, string contentHash, DateTimeOffset sealedAt) =>
        Sha256(string.Join('\n', previousHash, Format(sequence), table, Format(rowKey), contentHash, Format(sealedAt)));

    /// <summary>A seal time as it is stored and hashed: whole milliseconds, the precision both providers keep.</summary>
    public static DateTimeOffset SealTime(DateTimeOffset now) => DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());

    /// <summary>
    /// A stored value in the canonical form: text as it is, integers in invariant digits, instants in UTC as
    /// <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>, booleans as <c>true</c>/<c>false</c>, enumerations by name.
    /// </summary>
    public static string Format(object value) => value switch
    {
        string text => text,
        long or int or short => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        Enum name => name.ToString(),
        _ => throw new NotSupportedException($"A stored value of type {value.GetType().Name} has no canonical form."),
    };

    private static void AppendLine(StringBuilder text, string name, string value) =>
        text.Append(name).Append(':').Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
