using System.IO.Compression;
using System.Xml.Linq;

namespace ENamnd.Activities.Goals;

/// <summary>
/// A tertial report as a Word document (.docx, Office Open XML): the smallest valid package – content
/// types, the package relationship and one WordprocessingML main part with headings, facts and a table.
/// </summary>
public static class TertialReportDocument
{
    /// <summary>The media type of a .docx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The file name offered for download, e.g. <c>maluppfoljning-2022-T1.docx</c>.</summary>
    public static string FileName(TertialReport report) => $"maluppfoljning-{report.Year}-T{report.Tertial}.docx";

    /// <summary>The document's bytes.</summary>
    public static byte[] Build(TertialReport report)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", new XDocument(new XElement(XName.Get("Types", "http://schemas.openxmlformats.org/package/2006/content-types"),
                new XElement(XName.Get("Default", "http://schemas.openxmlformats.org/package/2006/content-types"),
                    new XAttribute("Extension", "rels"), new XAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")),
                new XElement(XName.Get("Default", "http://schemas.openxmlformats.org/package/2006/content-types"),
                    new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml")),
                new XElement(XName.Get("Override", "http://schemas.openxmlformats.org/package/2006/content-types"),
                    new XAttribute("PartName", "/word/document.xml"),
                    new XAttribute("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")))));
            Write(zip, "_rels/.rels", new XDocument(new XElement(XName.Get("Relationships", "http://schemas.openxmlformats.org/package/2006/relationships"),
                new XElement(XName.Get("Relationship", "http://schemas.openxmlformats.org/package/2006/relationships"),
                    new XAttribute("Id", "rId1"),
                    new XAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"),
                    new XAttribute("Target", "word/document.xml")))));
            Write(zip, "word/document.xml", new XDocument(new XElement(W + "document", new XAttribute(XNamespace.Xmlns + "w", W), Body(report))));
        }
        return buffer.ToArray();
    }

    private static XElement Body(TertialReport report)
    {
        var answered = report.Items.Count(i => i.Status is not null);
        var body = new XElement(W + "body",
            Paragraph($"{report.Matter} {report.Year}", bold: true, size: 32),
            Paragraph($"Måluppföljning av {report.PlanTitle} för {report.Period}."),
            Paragraph($"Sammanställd {SwedishDates.DayAndTime(report.CompiledAt)}. Inrapporterade: {answered} av {report.Items.Count}."),
            Table(report));
        body.Add(new XElement(W + "sectPr",
            new XElement(W + "pgSz", new XAttribute(W + "w", 16838), new XAttribute(W + "h", 11906), new XAttribute(W + "orient", "landscape")),
            new XElement(W + "pgMar", new XAttribute(W + "top", 1134), new XAttribute(W + "right", 1134), new XAttribute(W + "bottom", 1134), new XAttribute(W + "left", 1134))));
        return body;
    }

    private static XElement Table(TertialReport report)
    {
        var border = new XElement(W + "tblBorders",
            from side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" }
            select new XElement(W + side, new XAttribute(W + "val", "single"), new XAttribute(W + "sz", 4), new XAttribute(W + "color", "999999")));
        var table = new XElement(W + "tbl", new XElement(W + "tblPr", new XElement(W + "tblW", new XAttribute(W + "w", 5000), new XAttribute(W + "type", "pct")), border),
            Row(bold: true, "Mål / indikator", "Målvärde", "Status", "Utfall", "Kommentar", "Åtgärdsplan", "Ansvarig"));
        foreach (var item in report.Items)
        {
            var what = item.Indicator is { } indicator && indicator != item.Goal ? $"{item.Goal}\nIndikator: {indicator}" : item.Goal;
            table.Add(Row(bold: false, what, TertialReportPage.TargetOf(item), item.StatusLabel, item.Value ?? "", item.Comment ?? "", item.ActionPlan ?? "", item.AnsweredBy ?? item.Owner));
        }
        return table;
    }

    private static XElement Row(bool bold, params string[] cells) =>
        new(W + "tr", cells.Select(text => new XElement(W + "tc", Paragraph(text, bold))));

    // Line breaks inside a cell or paragraph become w:br; the text is escaped by XElement.
    private static XElement Paragraph(string text, bool bold = false, int? size = null)
    {
        var runProperties = new XElement(W + "rPr");
        if (bold) runProperties.Add(new XElement(W + "b"));
        if (size is { } half) runProperties.Add(new XElement(W + "sz", new XAttribute(W + "val", half)));
        var run = new XElement(W + "r", runProperties);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Add(new XElement(W + "br"));
            run.Add(new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), lines[i]));
        }
        return new XElement(W + "p", run);
    }

    private static void Write(ZipArchive zip, string name, XDocument document)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        document.Declaration = new XDeclaration("1.0", "UTF-8", "yes");
        document.Save(stream);
    }
}
