using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ENamnd.Activities.Goals;

/// <summary>A tertial report as a self-contained Swedish HTML page (no scripts, no outside resources).</summary>
public static class TertialReportPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The page.</summary>
    public static string Render(TertialReport report)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E($"{report.Matter} {report.Year} – måluppföljning")).Append(" – Norrbottens e-nämnd</title>\n")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}")
            .Append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.4rem;text-align:left;vertical-align:top}")
            .Append("th{background:#eee}.saknas{color:#a40000;font-weight:bold}.org{color:#555}</style>\n</head>\n<body>\n<main>\n")
            .Append("<p class=\"org\">Norrbottens e-nämnd</p>\n")
            .Append("<h1>").Append(E($"{report.Matter} {report.Year}")).Append("</h1>\n")
            .Append("<p>Måluppföljning av ").Append(E(report.PlanTitle)).Append(" för ").Append(E(report.Period)).Append(".</p>\n")
            .Append("<dl><dt>Sammanställd</dt><dd>").Append(E(SwedishDates.DayAndTime(report.CompiledAt))).Append("</dd>")
            .Append("<dt>Inrapporterade</dt><dd>").Append(report.Items.Count(i => i.Status is not null)).Append(" av ").Append(report.Items.Count).Append("</dd></dl>\n")
            .Append("<table>\n<thead><tr><th>Mål / indikator</th><th>Målvärde</th><th>Status</th><th>Utfall</th><th>Kommentar</th><th>Åtgärdsplan</th><th>Ansvarig</th></tr></thead>\n<tbody>\n");
        foreach (var item in report.Items)
        {
            html.Append("<tr><td>").Append(E(item.Goal))
                .Append(item.Indicator is { } indicator && indicator != item.Goal ? $"<br><small>Indikator: {E(indicator)}</small>" : "")
                .Append("</td><td>").Append(E(TargetOf(item)))
                .Append("</td><td").Append(item.Status is null ? " class=\"saknas\"" : "").Append('>').Append(E(item.StatusLabel))
                .Append("</td><td>").Append(E(item.Value ?? ""))
                .Append("</td><td>").Append(Lines(item.Comment))
                .Append("</td><td>").Append(Lines(item.ActionPlan))
                .Append("</td><td>").Append(E(item.AnsweredBy ?? item.Owner))
                .Append("</td></tr>\n");
        }
        return html.Append("</tbody>\n</table>\n</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>The target with its unit, e.g. "4 (antal)".</summary>
    public static string TargetOf(TertialReportItem item) =>
        item.Target is null ? "" : FollowUpTexts.TargetText(item.Target, item.Unit);

    private static string E(string text) => Html.Encode(text);

    private static string Lines(string? text) => E(text ?? "").Replace("\n", "<br>", StringComparison.Ordinal);
}
