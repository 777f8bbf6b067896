using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Shared;

/// <summary>A ZIP download of JSON files, as the bulk exports give; the imports of files read it back.</summary>
public static class JsonZip
{
    // A fixed time for the entries, so one export of the same things gives the same bytes.
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A ZIP file named <paramref name="zipName"/> of one entry per file; names are distinct (case-insensitively).</summary>
    public static FileContentHttpResult Of(IEnumerable<(string Name, string Json)> files, string zipName)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, json) in files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(json);
            }
        }
        return TypedResults.File(buffer.ToArray(), "application/zip", zipName);
    }
}
