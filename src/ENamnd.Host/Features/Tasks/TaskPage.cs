using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ENamnd.Activities;
using ENamnd.Activities.Email;
using ENamnd.Activities.Tasks;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Tasks;

/// <summary>The participant pages: plain, accessible Swedish HTML with no external resources and no scripts.</summary>
internal static class TaskPage
{
    // No scripts, no outside resources; answers go only to this host. The page address holds the
    // token, so no referrer may leave with it (documents open on other sites).
    private const string SecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The question with its choices, a comment field and (when asked for) a reference field.</summary>
    public static IResult Form(HttpContext context, TaskRow task, string token, IReadOnlyList<TaskFact> facts, TaskAnswer? previous = null, string? error = null,
        int statusCode = StatusCodes.Status200OK)
    {
        var body = new StringBuilder()
            .Append(Facts(task, facts))
            .Append("<div class=\"fraga\">").Append(PlainTextHtml.Paragraphs(task.Question)).Append("</div>")
            .Append(Documents(TaskCompletion.DocumentsOf(task)))
            .Append(error is null ? "" : $"<p class=\"fel\" role=\"alert\">{Html.Encode(error)}</p>")
            .Append("<form method=\"post\" action=\"").Append(Html.Encode(context.Request.PathBase + TaskPaths.Page(task.Id))).Append("\">")
            .Append("<input type=\"hidden\" name=\"t\" value=\"").Append(Html.Encode(token)).Append("\">")
            .Append(Fields(task, previous))
            .Append("<label for=\"comment\">Kommentar (frivillig)</label>")
            .Append($"<textarea id=\"comment\" name=\"comment\" rows=\"4\" maxlength=\"{TaskCompletion.MaxCommentLength}\">")
            .Append(Html.Encode(previous?.Comment ?? "")).Append("</textarea>");
        if (task.AsksForReference)
        {
            // The committee's secretary gives the paragraph of the minutes; a municipality its body, date and paragraph.
            var (label, example, required) = TaskCompletion.IsCommitteeDecision(task)
                ? ("Paragraf (§) i nämndens protokoll", "t.ex. § 12", " required")
                : ("Beslutsreferens (organ, datum, §)", "t.ex. Kommunstyrelsen 2022-03-01 § 45", "");
            body.Append($"<label for=\"reference\">{label}</label>")
                .Append($"<input id=\"reference\" name=\"reference\"{required} maxlength=\"{TaskCompletion.MaxReferenceLength}\" placeholder=\"{example}\" value=\"")
                .Append(Html.Encode(previous?.Reference ?? "")).Append("\">");
        }
        body.Append("<fieldset><legend>Ditt svar</legend>");
        foreach (var choice in TaskCompletion.ChoicesOf(task))
            body.Append("<button type=\"submit\" name=\"outcome\" value=\"").Append(Html.Encode(choice.Value)).Append("\">").Append(Html.Encode(choice.Label)).Append("</button> ");
        body.Append("</fieldset></form>")
            .Append("<p class=\"info\">Ditt svar registreras när du klickar på en av knapparna. Länken är personlig och kan bara användas en gång.</p>")
            .Append(CalendarLink(context, task, token));
        return Respond(context, task.Title, body.ToString(), statusCode);
    }

    /// <summary>The thank-you page after an answer.</summary>
    public static IResult Receipt(HttpContext context, TaskRow task, string? token = null)
    {
        var label = TaskChoices.Match(TaskCompletion.ChoicesOf(task), task.Outcome)?.Label ?? task.Outcome ?? "";
        var body = new StringBuilder()
            .Append("<p class=\"klart\" role=\"status\">Tack! Ditt svar är registrerat.</p>")
            .Append(Facts(task, []))
            .Append("<dl><dt>Ditt svar</dt><dd>").Append(Html.Encode(label)).Append("</dd>")
            .Append(task.Comment is null ? "" : $"<dt>Kommentar</dt><dd>{Lines(task.Comment)}</dd>")
            .Append(FieldAnswers(task))
            .Append(task.Reference is null ? "" : $"<dt>Beslutsreferens</dt><dd>{Html.Encode(task.Reference)}</dd>")
            .Append(task.ClosedAt is { } at ? $"<dt>Registrerat</dt><dd>{Html.Encode(SwedishDates.DayAndTime(at))}</dd>" : "")
            .Append("</dl><p>Du kan stänga den här sidan.</p>")
            .Append(token is null ? "" : CalendarLink(context, task, token));
        return Respond(context, task.Title, body.ToString(), StatusCodes.Status200OK);
    }

    /// <summary>A page with a heading and a message, e.g. for an invalid or expired link.</summary>
    public static IResult Message(HttpContext context, string heading, string message, int statusCode) =>
        Respond(context, heading, $"<p role=\"alert\">{Html.Encode(message)}</p><p>Kontakta e-kontoret om du har frågor.</p>", statusCode);

    private static string Facts(TaskRow task, IReadOnlyList<TaskFact> more) => new StringBuilder("<dl>")
        .Append(CaseNumbers.Shown(task.CaseNumber) is { } caseNumber ? $"<dt>Ärende</dt><dd>{Html.Encode(caseNumber)}</dd>" : "")
        .Append(string.Concat(more.Select(f => $"<dt>{Html.Encode(f.Term)}</dt><dd>{Html.Encode(f.Value)}</dd>")))
        .Append(task.RecipientName is null ? "" : $"<dt>Till</dt><dd>{Html.Encode(task.RecipientName)}</dd>")
        .Append(task.DueAt is { } due ? $"<dt>Svara senast</dt><dd>{Html.Encode(SwedishDates.DayAndTime(due))}</dd>" : "")
        .Append("</dl>")
        .ToString();

    /// <summary>The form field name of a task's further field.</summary>
    public static string FormName(TaskField field) => FieldPrefix + field.Name;

    /// <summary>The prefix of further fields' form names.</summary>
    public const string FieldPrefix = "f.";

    // Pre-filled with the earlier answer after a refused post, else with the field's suggested value.
    private static string Fields(TaskRow task, TaskAnswer? previous)
    {
        var html = new StringBuilder();
        foreach (var field in TaskCompletion.FieldsOf(task))
        {
            var id = Html.Encode(FormName(field));
            var value = Html.Encode(previous?.Fields?.GetValueOrDefault(field.Name) ?? field.Value ?? "");
            var required = field.Required ? " required" : "";
            html.Append("<label for=\"").Append(id).Append("\">").Append(Html.Encode(field.Label)).Append(field.Required ? "" : " (frivillig)").Append("</label>");
            html.Append(field.Multiline
                ? $"<textarea id=\"{id}\" name=\"{id}\" rows=\"4\" maxlength=\"{TaskCompletion.MaxCommentLength}\"{required}>{value}</textarea>"
                : $"<input id=\"{id}\" name=\"{id}\" maxlength=\"{TaskCompletion.MaxCommentLength}\" value=\"{value}\"{required}>");
        }
        return html.ToString();
    }

    private static string FieldAnswers(TaskRow task)
    {
        var answers = TaskCompletion.AnswersOf(task);
        if (answers is null) return "";
        var html = new StringBuilder();
        foreach (var field in TaskCompletion.FieldsOf(task))
            if (answers.TryGetValue(field.Name, out var value)) html.Append("<dt>").Append(Html.Encode(field.Label)).Append("</dt><dd>").Append(Lines(value)).Append("</dd>");
        return html.ToString();
    }

    private static string Documents(IReadOnlyList<TaskDocument> documents)
    {
        if (documents.Count == 0) return "";
        var list = new StringBuilder("<h2>Underlag</h2><ul>");
        foreach (var document in documents)
        {
            // Only http(s) addresses become links; anything else is shown as text.
            var link = Uri.TryCreate(document.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
            list.Append("<li>").Append(link
                ? $"<a href=\"{Html.Encode(uri!.AbsoluteUri)}\" rel=\"noopener noreferrer\">{Html.Encode(document.Title)}</a>"
                : Html.Encode($"{document.Title} ({document.Url})")).Append("</li>");
        }
        return list.Append("</ul>").ToString();
    }

    // An answer's text in a definition list: its line breaks kept, its addresses as links.
    private static string Lines(string text) => PlainTextHtml.Inline(text);

    /// <summary>A participant page with <paramref name="title"/> and a body of HTML, in the frame and with the policy of the task pages.</summary>
    public static IResult Page(HttpContext context, string title, string body, int statusCode) => Respond(context, title, body, statusCode);

    private static string CalendarLink(HttpContext context, TaskRow task, string token) =>
        $"<p><a href=\"{Html.Encode(context.Request.PathBase + TaskPaths.Calendar(task.Id, token))}\">Prenumerera på din kalender</a> – möten och svarstider i Outlook eller Google.</p>";

    private static IResult Respond(HttpContext context, string title, string body, int statusCode)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = SecurityPolicy;
        headers["X-Robots-Tag"] = "noindex, nofollow";
        return TypedResults.Content(Document(title, body), "text/html; charset=utf-8", statusCode: statusCode);
    }

    private static string Document(string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>{{Html.Encode(title)}} – Norrbottens e-nämnd</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
        dt { font-weight: bold; } dd { margin: 0 0 .5rem; }
        label, textarea, input { display: block; width: 100%; box-sizing: border-box; font-size: 1rem; }
        textarea, input { margin: .3rem 0 1rem; padding: .5rem; }
        fieldset { border: 0; padding: 0; margin: 1rem 0; } legend { font-weight: bold; margin-bottom: .5rem; }
        button { font-size: 1rem; padding: .6rem 1.2rem; margin: 0 .5rem .5rem 0; cursor: pointer; }
        button:focus, a:focus, textarea:focus, input:focus { outline: 3px solid #1b5e9b; outline-offset: 2px; }
        .fel { color: #a40000; font-weight: bold; } .klart { color: #1b5e20; font-weight: bold; } .info, .org { color: #555; }
        </style>
        </head>
        <body>
        <main>
        <p class="org">Norrbottens e-nämnd</p>
        <h1>{{Html.Encode(title)}}</h1>
        {{body}}
        </main>
        </body>
        </html>
        """;
}
