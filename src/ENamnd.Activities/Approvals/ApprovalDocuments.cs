using ENamnd.Activities.Tasks;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Approvals;

/// <summary>Reads the document list of an approval: one line per document, <c>Titel | URL</c>.</summary>
internal static class ApprovalDocuments
{
    /// <summary>The documents of <paramref name="lines"/>; a line without an http(s) address faults with a Swedish message.</summary>
    public static IReadOnlyList<TaskDocument> Parse(string? lines)
    {
        var documents = new List<TaskDocument>();
        foreach (var line in (lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bar = line.LastIndexOf('|');
            var title = bar < 0 ? "" : line[..bar].Trim();
            var url = (bar < 0 ? line : line[(bar + 1)..]).Trim();
            // Only http(s): the address becomes a link on the participant's page.
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                throw new ActivityFaultException($"Ogiltig dokumentrad: '{line}'. Skriv 'Titel | https://…'.");
            documents.Add(new TaskDocument(title.Length > 0 ? title : uri.AbsoluteUri, uri.AbsoluteUri));
        }
        return documents;
    }
}
