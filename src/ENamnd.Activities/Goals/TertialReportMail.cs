using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ENamnd.Activities.Email;
using ENamnd.Activities.People;

namespace ENamnd.Activities.Goals;

/// <summary>The Swedish email that tells the coordinator a tertial report is compiled.</summary>
public static class TertialReportMail
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The message, with links to the report page and document and the meeting it is on the agenda of.</summary>
    public static EmailMessage Compose(TertialReport report, IReadOnlyList<TaskRecipient> to, string pageUrl, DateTimeOffset? meetingDate)
    {
        var missing = report.Items.Count(i => i.Status is null);
        var subject = $"{report.Matter} {report.Year}: måluppföljningen för {report.Period} är sammanställd";
        var status = missing == 0
            ? $"Alla {report.Items.Count} mål och indikatorer är inrapporterade."
            : $"{report.Items.Count - missing} av {report.Items.Count} mål och indikatorer är inrapporterade; {missing} är {(missing == 1 ? "markerad som ej inrapporterad" : "markerade som ej inrapporterade")} (svarstiden gick ut {SwedishDates.DayAndTime(report.DueAt)}).";
        var agenda = meetingDate is { } date
            ? $"Ärendet \"{report.Matter}\" är lagt på dagordningen för nämndens sammanträde {SwedishDates.Day(date)}."
            : $"Inget nämndsammanträde är inplanerat ännu; ärendet \"{report.Matter}\" läggs på dagordningen för nästa sammanträde när det finns.";
        var text = new StringBuilder()
            .Append("Hej!\n\n")
            .Append($"Måluppföljningen av {report.PlanTitle} för {report.Period} är sammanställd.\n")
            .Append(status).Append("\n\n").Append(agenda).Append("\n\n")
            .Append("Rapporten: ").Append(pageUrl).Append('\n')
            .Append("Som Word-dokument: ").Append(pageUrl).Append("/document\n\n")
            .Append("Norrbottens e-nämnd")
            .ToString();
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"sv\"><body style=\"font-family:sans-serif\"><p>Hej!</p>")
            .Append("<p>Måluppföljningen av ").Append(Encode(report.PlanTitle)).Append(" för ").Append(Encode(report.Period)).Append(" är sammanställd.<br>")
            .Append(Encode(status)).Append("</p><p>").Append(Encode(agenda)).Append("</p>")
            .Append("<p><a href=\"").Append(Encode(pageUrl)).Append("\">Öppna rapporten</a> · <a href=\"").Append(Encode(pageUrl + "/document")).Append("\">Ladda ner som Word-dokument</a></p>")
            .Append("<p>Norrbottens e-nämnd</p></body></html>")
            .ToString();
        return new EmailMessage
        {
            To = [.. to.Select(r => new EmailAddress(r.Email, r.Name))],
            Subject = subject,
            TextBody = text,
            HtmlBody = html,
            ThreadKey = $"tertial-report:{report.PlanId}:{report.Year}-T{report.Tertial}",
        };
    }

    private static string Encode(string text) => Html.Encode(text);
}
