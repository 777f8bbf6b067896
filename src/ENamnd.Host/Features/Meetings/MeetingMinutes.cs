using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Xml.Linq;
using ENamnd.Activities;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Documents;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// The minutes (protokoll) of a committee meeting as a printable Swedish HTML page: time and place, who was present,
/// the justerare, each paragraph in § order with its decision, the signatures, and the certificate of the notice of
/// justering on the notice board (bevis om anslag); also as plain text (for the justering tasks) and as a Word document.
/// </summary>
public sealed class MeetingMinutes(
    MeetingCalendar calendar, MeetingAgenda agenda, MeetingAttendance attendance, IParticipantDirectory directory, MunicipalityRegistry municipalities)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>What the minutes say: the meeting, who was present (with names), the decided paragraphs in § order and the matters still open.</summary>
    public sealed record Content(
        Meeting Meeting, IReadOnlyList<MeetingAttendanceRow> Attendees, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, string> Roles,
        IReadOnlyList<AgendaEntry> Paragraphs, IReadOnlyList<AgendaEntry> Open);

    /// <summary>Reads what the minutes of <paramref name="meeting"/> say now.</summary>
    public async Task<Content> ReadAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var entries = await agenda.ForAsync(meeting, cancellationToken);
        var attendees = await calendar.AttendeesAsync(meeting.Id, cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var named = entries.Select(e => e.Decision).OfType<AgendaDecision>().SelectMany(d => (d.Reservations ?? []).Append(d.Presenter)).OfType<string>();
        foreach (var id in attendees.Select(a => a.ParticipantId).Concat(meeting.Justerare).Concat(named).Distinct(StringComparer.Ordinal))
            names[id] = (await directory.FindByIdAsync(id, cancellationToken))?.Name ?? id;
        var decided = entries.Where(e => e.Decision?.Paragraph is not null)
            .OrderBy(e => Paragraphs.Parse(e.Decision!.Paragraph) ?? int.MaxValue).ToList();
        var ordered = attendees.OrderBy(a => names[a.ParticipantId], StringComparer.Create(SwedishDates.Culture, ignoreCase: true)).ToList();
        // A substitute serving for an absent member says for whom.
        var serving = await attendance.ServingAsync(attendees, cancellationToken);
        var roles = attendees.ToDictionary(a => a.ParticipantId, a => MeetingAttendance.RoleText(a.Role)
            + (serving.TryGetValue(a.ParticipantId, out var member) ? $", tjänstgör för {member.Name}" : ""), StringComparer.Ordinal);
        return new Content(meeting, ordered, names, roles, decided, [.. entries.Where(e => !e.Fixed && e.Decision is null)]);
    }

    /// <summary>The minutes as plain text, as the chair and the justerare read them in their justering task.</summary>
    public async Task<string> TextAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var content = await ReadAsync(meeting, cancellationToken);
        var text = new StringBuilder($"PROTOKOLL\nNorrbottens e-nämnd, sammanträde {SwedishDates.DayWithWeekday(meeting.Date)} "
            + $"kl. {MeetingTimes.Iso(meeting.Start)}–{MeetingTimes.Iso(meeting.End)}, {meeting.Location}\n\n");
        text.Append("Närvarande:\n");
        if (content.Attendees.Count == 0) text.Append("Närvaron är inte registrerad.\n");
        foreach (var attendee in content.Attendees) text.Append($"- {content.Names[attendee.ParticipantId]}, {content.Roles[attendee.ParticipantId]}{(MunicipalityOf(attendee) is { } municipality ? $", {municipality}" : "")}\n");
        text.Append($"\nJusterare: {(meeting.Justerare.Count == 0 ? "inga utsedda ännu" : string.Join(" och ", meeting.Justerare.Select(j => content.Names[j])))}\n");
        if (content.Paragraphs.Count == 0) text.Append("\nInga beslut är registrerade.\n");
        foreach (var entry in content.Paragraphs)
        {
            var decision = entry.Decision!;
            text.Append($"\n{decision.Paragraph} {entry.Title}{CaseNumbers.Suffix(entry.CaseNumber)}\n")
                .Append($"Beslut: {OutcomeTexts.Of(decision.Outcome, AwaitCommitteeDecision.TaskKind)}\n");
            foreach (var line in Remarks(entry, content.Names)) text.Append(line).Append('\n');
        }
        if (content.Open.Count > 0) text.Append("\nÄrenden utan registrerat beslut:\n").Append(string.Concat(content.Open.Select(e => $"- {e.Title}\n")));
        return text.ToString();
    }

    /// <summary>The minutes as a complete HTML page.</summary>
    public async Task<string> RenderAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var content = await ReadAsync(meeting, cancellationToken);
        var (attendees, names, decided, open) = (content.Attendees, content.Names, content.Paragraphs, content.Open);
        var day = SwedishDates.DayWithWeekday(meeting.Date);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>Protokoll {E(day)} – Norrbottens e-nämnd</title>")
            .Append("<style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}")
            .Append("table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #bbb}")
            .Append("section{break-inside:avoid;margin-bottom:1.5rem}.signature{display:inline-block;min-width:14rem;margin:2rem 2rem 0 0;border-top:1px solid #1a1a1a;padding-top:.25rem}")
            .Append(".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}")
            .Append("@media print{body{margin:0}}</style></head><body><main>")
            .Append("<h1>Protokoll</h1>")
            .Append($"<p>Norrbottens e-nämnd, sammanträde {E(day)}</p>")
            .Append("<dl>")
            .Append($"<dt>Tid</dt><dd>{E(day)} kl. {MeetingTimes.Iso(meeting.Start)}–{MeetingTimes.Iso(meeting.End)}</dd>")
            .Append($"<dt>Plats</dt><dd>{E(meeting.Location)}</dd>")
            .Append("</dl>");

        html.Append("<h2>Närvarande</h2>");
        if (attendees.Count == 0) html.Append("<p>Närvaron är inte registrerad.</p>");
        else
        {
            html.Append("<table><caption class=\"visually-hidden\">Närvarande</caption><thead><tr><th scope=\"col\">Namn</th><th scope=\"col\">Roll</th><th scope=\"col\">Kommun</th></tr></thead><tbody>");
            foreach (var attendee in attendees)
            {
                var municipality = MunicipalityOf(attendee) ?? "–";
                html.Append($"<tr><td>{E(names[attendee.ParticipantId])}</td><td>{E(content.Roles[attendee.ParticipantId])}</td><td>{E(municipality)}</td></tr>");
            }
            html.Append("</tbody></table>");
        }

        html.Append("<h2>Justerare</h2>")
            .Append(meeting.Justerare.Count == 0 ? "<p>Inga justerare är utsedda ännu.</p>" : $"<p>{E(string.Join(" och ", meeting.Justerare.Select(j => names[j])))}</p>");

        html.Append("<h2>Paragrafer</h2>");
        if (decided.Count == 0) html.Append("<p>Inga beslut är registrerade.</p>");
        foreach (var entry in decided)
        {
            var decision = entry.Decision!;
            html.Append("<section>")
                .Append($"<h3>{E(decision.Paragraph!)} {E(entry.Title)}</h3>")
                .Append(entry.CaseNumber is { } number ? $"<p>Ärende {E(number)}</p>" : "")
                .Append($"<p><strong>Beslut:</strong> {E(OutcomeTexts.Of(decision.Outcome, AwaitCommitteeDecision.TaskKind))}</p>")
                .Append(string.Concat(Remarks(entry, names).Select(line => $"<p>{E(line)}</p>")))
                .Append("</section>");
        }
        if (open.Count > 0)
            html.Append("<h2>Ärenden utan registrerat beslut</h2><ul>").Append(string.Concat(open.Select(e => $"<li>{E(e.Title)}</li>"))).Append("</ul>");

        html.Append("<h2>Underskrifter</h2>")
            .Append(meeting.JusteradOn is { } justerad ? $"<p>Justerat {E(SwedishDates.Day(justerad))}.</p>" : "<p>Protokollet är inte justerat.</p>")
            .Append("<p><span class=\"signature\">Ordförande</span>")
            .Append(string.Concat(meeting.Justerare.Select(j => $"<span class=\"signature\">Justerare {E(names[j])}</span>")))
            .Append("<span class=\"signature\">Sekreterare</span></p>");

        html.Append("<h2>Bevis om anslag</h2>");
        if (AnslagFacts(meeting) is not { } anslag) html.Append($"<p>{NotPosted}</p>");
        else html.Append($"<p>{Posted}</p><dl>").Append(string.Concat(anslag.Select(f => $"<dt>{E(f.Term)}</dt><dd>{E(f.Value)}</dd>"))).Append("</dl>");
        return html.Append("</main></body></html>").ToString();
    }

    /// <summary>The file name of the minutes as a Word document, e.g. <c>protokoll-2036-03-12.docx</c>.</summary>
    public static string DocumentName(Meeting meeting) => $"protokoll-{MeetingTimes.Iso(meeting.Date)}.docx";

    /// <summary>The minutes as a Word document (<see cref="WordDocument"/>), with the same content as the page.</summary>
    public async Task<byte[]> DocumentAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var content = await ReadAsync(meeting, cancellationToken);
        var day = SwedishDates.DayWithWeekday(meeting.Date);
        var blocks = new List<XElement>
        {
            WordDocument.Heading("Protokoll"),
            WordDocument.Paragraph($"Norrbottens e-nämnd, sammanträde {day}"),
            WordDocument.Paragraph($"Tid: {day} kl. {MeetingTimes.Iso(meeting.Start)}–{MeetingTimes.Iso(meeting.End)}\nPlats: {meeting.Location}"),
            WordDocument.Heading("Närvarande", 2),
            content.Attendees.Count == 0
                ? WordDocument.Paragraph("Närvaron är inte registrerad.")
                : WordDocument.Table(["Namn", "Roll", "Kommun"], content.Attendees.Select(a => (IReadOnlyList<string>)
                    [content.Names[a.ParticipantId], content.Roles[a.ParticipantId], MunicipalityOf(a) ?? "–"])),
            WordDocument.Heading("Justerare", 2),
            WordDocument.Paragraph(meeting.Justerare.Count == 0 ? "Inga justerare är utsedda ännu." : string.Join(" och ", meeting.Justerare.Select(j => content.Names[j]))),
            WordDocument.Heading("Paragrafer", 2),
        };
        if (content.Paragraphs.Count == 0) blocks.Add(WordDocument.Paragraph("Inga beslut är registrerade."));
        foreach (var entry in content.Paragraphs)
        {
            var decision = entry.Decision!;
            blocks.Add(WordDocument.Paragraph($"{decision.Paragraph} {entry.Title}", bold: true));
            if (entry.CaseNumber is { } number) blocks.Add(WordDocument.Paragraph($"Ärende {number}"));
            blocks.Add(WordDocument.Paragraph($"Beslut: {OutcomeTexts.Of(decision.Outcome, AwaitCommitteeDecision.TaskKind)}"));
            blocks.AddRange(Remarks(entry, content.Names).Select(line => WordDocument.Paragraph(line)));
        }
        if (content.Open.Count > 0)
        {
            blocks.Add(WordDocument.Heading("Ärenden utan registrerat beslut", 2));
            blocks.AddRange(content.Open.Select(e => WordDocument.Paragraph($"– {e.Title}")));
        }
        blocks.Add(WordDocument.Heading("Underskrifter", 2));
        blocks.Add(WordDocument.Paragraph(meeting.JusteradOn is { } justerad ? $"Justerat {SwedishDates.Day(justerad)}." : "Protokollet är inte justerat."));
        blocks.AddRange(new[] { "Ordförande" }.Concat(meeting.Justerare.Select(j => $"Justerare {content.Names[j]}")).Append("Sekreterare")
            .Select(signer => WordDocument.Paragraph($"\n\n______________________________\n{signer}")));
        blocks.Add(WordDocument.Heading("Bevis om anslag", 2));
        if (AnslagFacts(meeting) is not { } anslag) blocks.Add(WordDocument.Paragraph(NotPosted));
        else
        {
            blocks.Add(WordDocument.Paragraph(Posted));
            blocks.Add(WordDocument.Paragraph(string.Join("\n", anslag.Select(f => $"{f.Term}: {f.Value}"))));
        }
        return WordDocument.Build(blocks);
    }

    // What a paragraph says after its decision: the note, reservations, the föredragande and omedelbar justering.
    private static IEnumerable<string> Remarks(AgendaEntry entry, IReadOnlyDictionary<string, string> names)
    {
        var decision = entry.Decision!;
        if (!string.IsNullOrWhiteSpace(decision.Note)) yield return decision.Note.Trim();
        foreach (var id in decision.Reservations ?? []) yield return $"{names.GetValueOrDefault(id, id)} reserverar sig mot beslutet.";
        if (decision.Presenter is { } presenter) yield return $"Föredragande: {names.GetValueOrDefault(presenter, presenter)}";
        if (decision.Immediate && entry.Kind == AgendaItemKind.Beslut) yield return "Paragrafen förklarades omedelbart justerad.";
    }

    private const string NotPosted = "Justeringen har ännu inte tillkännagetts genom anslag.";
    private static readonly string Posted = $"Protokollet är justerat. Justeringen har tillkännagetts genom anslag på {DecisionDates.NoticeBoard}.";

    // The certificate of the anslag (bevis om anslag), once the minutes are justerade and the notice posted.
    private static IReadOnlyList<(string Term, string Value)>? AnslagFacts(Meeting meeting)
    {
        if (meeting.JusteradOn is not { } checkedOn || meeting.AnslagPostedOn is not { } posted) return null;
        var appealEnds = DecisionDates.AppealEnds(posted)!.Value;
        return
        [
            ("Organ", "Norrbottens e-nämnd"),
            ("Sammanträdesdatum", SwedishDates.Day(meeting.Date)),
            ("Protokollet justerades", SwedishDates.Day(checkedOn)),
            ("Anslaget sattes upp", SwedishDates.Day(posted)),
            ("Sista dag att överklaga", SwedishDates.Day(appealEnds)),
            ("Anslaget får tas ned tidigast", SwedishDates.Day(appealEnds.AddDays(1))),
        ];
    }

    // The municipality someone attended for, if any.
    private string? MunicipalityOf(MeetingAttendanceRow attendee) =>
        attendee.MunicipalityCode is { } code ? municipalities.Find(code)?.Name ?? code : null;

    private static string E(string text) => Html.Encode(text);
}
