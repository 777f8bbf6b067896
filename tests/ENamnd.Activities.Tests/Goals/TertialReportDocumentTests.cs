using System.IO.Compression;
using System.Xml.Linq;
using ENamnd.Activities.Goals;

namespace ENamnd.Activities.Tests.Goals;

/// <summary>A tertial report as a Word document: a minimal valid package whose text says what the report page says.</summary>
public sealed class TertialReportDocumentTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    [Theory]
    [InlineData(2022, 1, "maluppfoljning-2022-T1.docx")]
    [InlineData(2023, 3, "maluppfoljning-2023-T3.docx")]
    public void Should_NameTheFileByYearAndTertial_When_OfferedForDownload(int year, int tertial, string expected)
    {
        Assert.Equal(expected, TertialReportDocument.FileName(TertialReportExample.Report with { Year = year, Tertial = tertial }));
    }

    [Fact]
    public void Should_HoldTheThreePartsOfAMinimalPackage_When_Built()
    {
        using var zip = Open(TertialReportExample.Report);

        Assert.Equal(["[Content_Types].xml", "_rels/.rels", "word/document.xml"], zip.Entries.Select(e => e.FullName));
        var types = Part(zip, "[Content_Types].xml").Root!;
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            types.Elements(ContentTypes + "Override").Single(o => (string?)o.Attribute("PartName") == "/word/document.xml").Attribute("ContentType")?.Value);
        var relationship = Part(zip, "_rels/.rels").Root!.Element(Relationships + "Relationship")!;
        Assert.Equal("word/document.xml", relationship.Attribute("Target")?.Value);
        Assert.Equal("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", relationship.Attribute("Type")?.Value);
    }

    [Fact]
    public void Should_OpenWithHeadingPlanAndAnswerCount_When_Built()
    {
        var body = Body(TertialReportExample.Report);

        var paragraphs = body.Elements(W + "p").Select(Text).ToList();

        Assert.Equal(
        [
            "Delårsrapport 1 2022",
            "Måluppföljning av Verksamhetsplan 2022 för tertial 1 2022 (januari–april).",
            "Sammanställd 10 maj 2022 kl. 16:00. Inrapporterade: 2 av 3.",
        ], paragraphs);
        var heading = body.Elements(W + "p").First().Descendants(W + "rPr").Single();
        Assert.NotNull(heading.Element(W + "b"));
        Assert.Equal("32", heading.Element(W + "sz")?.Attribute(W + "val")?.Value);
    }

    [Theory]
    // Compiled in winter time (UTC+1) and in summer time (UTC+2): the document shows Stockholm's 16:00 both times.
    [InlineData("2023-01-10T15:00:00Z", "Sammanställd 10 januari 2023 kl. 16:00.")]
    [InlineData("2022-09-01T14:00:00Z", "Sammanställd 1 september 2022 kl. 16:00.")]
    // Late evening UTC on the last day of February in a leap year is already 1 March in Stockholm.
    [InlineData("2024-02-29T23:30:00Z", "Sammanställd 1 mars 2024 kl. 00:30.")]
    public void Should_GiveTheCompilationTimeInStockholm_When_Built(string compiledAt, string expected)
    {
        var report = TertialReportExample.Report with { CompiledAt = DateTimeOffset.Parse(compiledAt, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.StartsWith(expected, Text(Body(report).Elements(W + "p").ElementAt(2)), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ListEachItemAfterABoldHeaderRow_When_Built()
    {
        var rows = Body(TertialReportExample.Report).Element(W + "tbl")!.Elements(W + "tr").ToList();

        Assert.Equal(["Mål / indikator", "Målvärde", "Status", "Utfall", "Kommentar", "Åtgärdsplan", "Ansvarig"], Cells(rows[0]));
        Assert.All(rows[0].Descendants(W + "rPr"), p => Assert.NotNull(p.Element(W + "b")));
        Assert.All(rows.Skip(1).SelectMany(r => r.Descendants(W + "rPr")), p => Assert.Null(p.Element(W + "b")));
        Assert.Equal(
        [
            "Nämnden har genomfört minst fyra sammanträden\nIndikator: Antal sammanträden",
            "4 (antal)", "Uppfyllt", "2", "Två hållna\nTvå planerade", "", "anna@example.org",
        ], Cells(rows[1]));
        // An indicator that repeats its goal is not shown twice; nobody answered, so the owner stands as responsible.
        Assert.Equal(["Närvaron på nämndens sammanträden är hög", "90", "Ej inrapporterat", "", "", "", "roll:samordnare"], Cells(rows[2]));
        Assert.Equal(["Säkerhet & <tillgänglighet> i \"alla\" e-tjänster", "", "Delvis uppfyllt", "", "", "Granska <form>-sidor", "bo@example.org"], Cells(rows[3]));
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void Should_BreakLinesInsideTheCell_When_ATextHasSeveralLines()
    {
        var comment = Body(TertialReportExample.Report).Element(W + "tbl")!.Elements(W + "tr").ElementAt(1).Elements(W + "tc").ElementAt(4);

        var run = comment.Descendants(W + "r").Single();
        Assert.Equal(["t", "br", "t"], run.Elements().Where(e => e.Name != W + "rPr").Select(e => e.Name.LocalName));
        Assert.All(run.Elements(W + "t"), t => Assert.Equal("preserve", t.Attribute(XNamespace.Xml + "space")?.Value));
    }

    [Fact]
    public void Should_LayThePageInLandscape_When_Built()
    {
        var size = Body(TertialReportExample.Report).Element(W + "sectPr")!.Element(W + "pgSz")!;

        Assert.Equal(("landscape", "16838", "11906"), (size.Attribute(W + "orient")?.Value, size.Attribute(W + "w")?.Value, size.Attribute(W + "h")?.Value));
    }

    [Fact]
    public void Should_HaveAnEmptyTable_When_ThePlanHasNoItems()
    {
        var body = Body(TertialReportExample.Report with { Items = [] });

        Assert.Equal("Sammanställd 10 maj 2022 kl. 16:00. Inrapporterade: 0 av 0.", Text(body.Elements(W + "p").ElementAt(2)));
        Assert.Single(body.Element(W + "tbl")!.Elements(W + "tr"));
    }

    private static ZipArchive Open(TertialReport report) => new(new MemoryStream(TertialReportDocument.Build(report)), ZipArchiveMode.Read);

    private static XDocument Part(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static XElement Body(TertialReport report)
    {
        using var zip = Open(report);
        return Part(zip, "word/document.xml").Root!.Element(W + "body")!;
    }

    private static List<string> Cells(XElement row) => [.. row.Elements(W + "tc").Select(Text)];

    // The text a reader sees: runs' text with each w:br as a line break.
    private static string Text(XElement element) =>
        string.Concat(element.Descendants().Select(e => e.Name == W + "t" ? e.Value : e.Name == W + "br" ? "\n" : ""));
}
