using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace ENamnd.Activities.Documents;

/// <summary>
/// The smallest valid Word document (.docx, Office Open XML): content types, the package relationship and one
/// WordprocessingML main part of paragraphs and tables, A4 with 2 cm margins. The blocks come from
/// <see cref="Paragraph"/> and <see cref="Table"/>.
/// </summary>
public static class WordDocument
{
    /// <summary>The media type of a .docx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The document's bytes: <paramref name="blocks"/> in order, on portrait or landscape pages.</summary>
    public static byte[] Build(IEnumerable<XElement> blocks, bool landscape = false)
    {
        var body = new XElement(W + "body", blocks);
        var (width, height) = landscape ? (16838, 11906) : (11906, 16838);
        body.Add(new XElement(W + "sectPr",
            new XElement(W + "pgSz", new XAttribute(W + "w", width), new XAttribute(W + "h", height), landscape ? new XAttribute(W + "orient", "landscape") : null),
            new XElement(W + "pgMar", new XAttribute(W + "top", 1134), new XAttribute(W + "right", 1134), new XAttribute(W + "bottom", 1134), new XAttribute(W + "left", 1134))));
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", new XDocument(new XElement(ContentTypes + "Types",
                new XElement(ContentTypes + "Default", new XAttribute("Extension", "rels"), new XAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")),
                new XElement(ContentTypes + "Default", new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml")),
                new XElement(ContentTypes + "Override", new XAttribute("PartName", "/word/document.xml"),
                    new XAttribute("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")))));
            Write(zip, "_rels/.rels", new XDocument(new XElement(Relationships + "Relationships",
                new XElement(Relationships + "Relationship", new XAttribute("Id", "rId1"),
                    new XAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"),
                    new XAttribute("Target", "word/document.xml")))));
            Write(zip, "word/document.xml", new XDocument(new XElement(W + "document", new XAttribute(XNamespace.Xmlns + "w", W), body)));
        }
        return buffer.ToArray();
    }

    /// <summary>A paragraph; line breaks in <paramref name="text"/> become breaks, the text is escaped. <paramref name="size"/> is in half points.</summary>
    public static XElement Paragraph(string text, bool bold = false, int? size = null)
    {
        var runProperties = new XElement(W + "rPr");
        if (bold) runProperties.Add(new XElement(W + "b"));
        if (size is { } half) runProperties.Add(new XElement(W + "sz", new XAttribute(W + "val", half)));
        var run = new XElement(W + "r", runProperties);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Add(new XElement(W + "br"));
            // Characters XML cannot hold (control characters pasted into a note) are left out rather than failing the document.
            run.Add(new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), new string([.. lines[i].Where(XmlConvert.IsXmlChar)])));
        }
        return new XElement(W + "p", run);
    }

    /// <summary>A heading: a bold paragraph, larger for the first level.</summary>
    public static XElement Heading(string text, int level = 1) => Paragraph(text, bold: true, size: level == 1 ? 32 : 26);

    /// <summary>A full-width table with thin borders: a bold header row, then one row per entry of <paramref name="rows"/>.</summary>
    public static XElement Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var border = new XElement(W + "tblBorders",
            from side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" }
            select new XElement(W + side, new XAttribute(W + "val", "single"), new XAttribute(W + "sz", 4), new XAttribute(W + "color", "999999")));
        return new XElement(W + "tbl", new XElement(W + "tblPr", new XElement(W + "tblW", new XAttribute(W + "w", 5000), new XAttribute(W + "type", "pct")), border),
            Row(bold: true, header), rows.Select(cells => Row(bold: false, cells)));
    }

    private static XElement Row(bool bold, IReadOnlyList<string> cells) =>
        new(W + "tr", cells.Select(text => new XElement(W + "tc", Paragraph(text, bold))));

    private static void Write(ZipArchive zip, string name, XDocument document)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        document.Declaration = new XDeclaration("1.0", "UTF-8", "yes");
        document.Save(stream);
    }
}
