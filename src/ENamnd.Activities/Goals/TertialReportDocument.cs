using ENamnd.Activities.Documents;

namespace ENamnd.Activities.Goals;

/// <summary>A tertial report as a Word document (<see cref="WordDocument"/>): heading, facts and the table of goals, landscape.</summary>
public static class TertialReportDocument
{
    /// <summary>The media type of a .docx file.</summary>
    public const string ContentType = WordDocument.ContentType;

    /// <summary>The file name offered for download, e.g. <c>maluppfoljning-2022-T1.docx</c>.</summary>
    public static string FileName(TertialReport report) => $"maluppfoljning-{report.Year}-T{report.Tertial}.docx";

    /// <summary>The document's bytes.</summary>
    public static byte[] Build(TertialReport report)
    {
        var answered = report.Items.Count(i => i.Status is not null);
        return WordDocument.Build(
            [
                WordDocument.Heading($"{report.Matter} {report.Year}"),
                WordDocument.Paragraph($"Måluppföljning av {report.PlanTitle} för {report.Period}."),
                WordDocument.Paragraph($"Sammanställd {SwedishDates.DayAndTime(report.CompiledAt)}. Inrapporterade: {answered} av {report.Items.Count}."),
                WordDocument.Table(["Mål / indikator", "Målvärde", "Status", "Utfall", "Kommentar", "Åtgärdsplan", "Ansvarig"],
                    report.Items.Select(item => (IReadOnlyList<string>)
                    [
                        item.Indicator is { } indicator && indicator != item.Goal ? $"{item.Goal}\nIndikator: {indicator}" : item.Goal,
                        TertialReportPage.TargetOf(item), item.StatusLabel, item.Value ?? "", item.Comment ?? "", item.ActionPlan ?? "", item.AnsweredBy ?? item.Owner,
                    ])),
            ],
            landscape: true);
    }
}
