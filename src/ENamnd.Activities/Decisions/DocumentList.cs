using System.Text.Json;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Decisions;

/// <summary>
/// Reads supporting documents as coordinators write them: one a line, "Titel | https://…" or just the link,
/// or a JSON array of <c>{"title", "url"}</c> objects.
/// </summary>
internal static class DocumentList
{
    /// <summary>The documents; a link that is not an absolute http(s) address faults with a Swedish message.</summary>
    public static IReadOnlyList<TaskDocument> Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        var documents = trimmed.StartsWith('[') ? FromJson(trimmed) : FromLines(trimmed);
        foreach (var document in documents)
        {
            if (!Uri.TryCreate(document.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                throw new ActivityFaultException($"Underlaget \"{document.Title}\" har ingen giltig länk: '{document.Url}'.");
        }
        return documents;
    }

    private static List<TaskDocument> FromLines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line =>
        {
            var bar = line.LastIndexOf('|');
            return bar < 0 ? new TaskDocument(line, line) : new TaskDocument(line[..bar].Trim() is { Length: > 0 } title ? title : line[(bar + 1)..].Trim(), line[(bar + 1)..].Trim());
        })];

    private static List<TaskDocument> FromJson(string text)
    {
        try
        {
            return ValueConverter.Convert<List<TaskDocument>>(text) ?? [];
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            throw new ActivityFaultException($"Underlagen ser ut som JSON men kan inte läsas: {text}");
        }
    }
}
