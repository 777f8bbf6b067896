using System.Text.Json;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tasks;

/// <summary>
/// Reads the supporting documents of a task as coordinators write them: one a line, <c>Titel | https://…</c>
/// or just the link, or a JSON array of <c>{"title", "url"}</c> objects.
/// </summary>
internal static class TaskDocuments
{
    /// <summary>The documents; a link that is not an absolute http(s) address faults with a Swedish message.</summary>
    public static IReadOnlyList<TaskDocument> Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        var documents = trimmed.StartsWith('[') ? FromJson(trimmed) : FromLines(trimmed);
        return documents.Select(Checked).ToList();
    }

    // Only http(s): the address becomes a link on the participant's page.
    private static TaskDocument Checked(TaskDocument document)
    {
        if (!Uri.TryCreate(document.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new ActivityFaultException($"Ogiltig dokumentrad: '{document.Title} | {document.Url}'. Skriv 'Titel | https://…'.");
        return new TaskDocument(document.Title.Length > 0 ? document.Title : uri.AbsoluteUri, uri.AbsoluteUri);
    }

    private static List<TaskDocument> FromLines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line =>
        {
            var bar = line.LastIndexOf('|');
            return bar < 0 ? new TaskDocument("", line) : new TaskDocument(line[..bar].Trim(), line[(bar + 1)..].Trim());
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
