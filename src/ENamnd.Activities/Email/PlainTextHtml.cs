using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace ENamnd.Activities.Email;

/// <summary>
/// Plain text as accessible HTML, for emails and pages: a blank line starts a new paragraph, a single line break
/// stays a line break (<c>&lt;br&gt;</c>), every character is HTML-escaped and http(s) addresses become links.
/// </summary>
public static partial class PlainTextHtml
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    // Characters that end a sentence rather than an address: "Se https://example.org/a." links without the dot.
    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ':', '!', '?', '\'', '"', '”', '’', '»'];

    /// <summary>The text as <c>&lt;p&gt;</c> elements: one per block of lines between blank lines, nothing for an empty text.</summary>
    public static string Paragraphs(string? text)
    {
        var html = new StringBuilder();
        foreach (var paragraph in Blocks(text))
            html.Append("<p>").Append(string.Join("<br>", paragraph.Select(Line))).Append("</p>");
        return html.ToString();
    }

    /// <summary>One line (or a text whose line breaks become <c>&lt;br&gt;</c>), escaped, its addresses as links.</summary>
    public static string Inline(string? text) =>
        string.Join("<br>", Normalise(text).Split('\n').Select(l => Line(l.TrimEnd())));

    /// <summary>
    /// A whole Swedish HTML document (<c>lang="sv"</c>, UTF-8, the subject as its title) with the text as paragraphs,
    /// what an email without its own HTML body shows.
    /// </summary>
    public static string Document(string subject, string text) => new StringBuilder()
        .Append("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\">")
        .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .Append("<title>").Append(Html.Encode(subject)).Append("</title></head>")
        .Append("<body style=\"font-family:sans-serif;line-height:1.5\">")
        .Append(Paragraphs(text))
        .Append("</body></html>")
        .ToString();

    /// <summary>Escapes a text for HTML content or a quoted attribute value.</summary>
    public static string Encode(string? text) => Html.Encode(text ?? "");

    // The blocks of non-blank lines, with line ends of any kind and trailing spaces removed.
    private static IEnumerable<List<string>> Blocks(string? text)
    {
        var block = new List<string>();
        foreach (var raw in Normalise(text).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length > 0)
            {
                block.Add(line);
                continue;
            }
            if (block.Count == 0) continue;
            yield return block;
            block = [];
        }
        if (block.Count > 0) yield return block;
    }

    private static string Normalise(string? text) => (text ?? "").ReplaceLineEndings("\n");

    // Text and addresses in turn: each escaped, each address an anchor whose text is the address itself.
    private static string Line(string line)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (Match match in Address().Matches(line))
        {
            var address = Trimmed(match.Value);
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)) continue;
            html.Append(Html.Encode(line[at..match.Index]))
                .Append("<a href=\"").Append(Html.Encode(address)).Append("\">").Append(Html.Encode(address)).Append("</a>");
            at = match.Index + address.Length;
        }
        return html.Append(Html.Encode(line[at..])).ToString();
    }

    // Without punctuation that ends the sentence, and without a closing parenthesis the address did not open.
    private static string Trimmed(string address)
    {
        while (address.Length > 0)
        {
            var last = address[^1];
            if (TrailingPunctuation.Contains(last)
                || (last == ')' && address.Count(c => c == ')') > address.Count(c => c == '(')))
            {
                address = address[..^1];
                continue;
            }
            break;
        }
        return address;
    }

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
