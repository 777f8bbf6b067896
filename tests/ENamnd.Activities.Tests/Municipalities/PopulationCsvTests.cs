using System.Text;
using ENamnd.Activities.Municipalities;

namespace ENamnd.Activities.Tests.Municipalities;

/// <summary>Reading SCB's population file for a year: its usual shapes and encodings, and every problem named by its line.</summary>
public sealed class PopulationCsvTests
{
    private static readonly MunicipalityRegistry Registry = MunicipalityRegistry.Default;

    [Fact]
    public void Should_ReadEveryMunicipality_When_TheFileIsScbsSemicolonExport()
    {
        var file = Scb(header: "\"region\";\"2026\"", row: m => $"\"{m.Code} {m.Name}\";{m.PopulationAt(2025) + 10}");

        var (byCode, errors) = Read(file);

        Assert.Empty(errors);
        Assert.Equal(14, byCode!.Count);
        Assert.Equal(80_331, byCode["2580"]);
        Assert.Equal(7_856, byCode["2560"]);
    }

    [Fact]
    public void Should_ReadCodesOnly_When_TheFileIsCommaSeparated()
    {
        var file = Scb(header: "region,Folkmängd 31 december 2026", row: m => $"{m.Code},{m.PopulationAt(2025)}");

        var (byCode, errors) = Read(file);

        Assert.Empty(errors);
        Assert.Equal(28_652, byCode!["2582"]);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\u00A0")]
    [InlineData("\u202F")]
    public void Should_ReadSpacesAsThousandSeparators_When_ThePopulationHasThem(string space)
    {
        var file = Scb(header: "region;2026", row: m => $"{m.Code} {m.Name};\"{Grouped(m.PopulationAt(2025), space)}\"");

        var (byCode, errors) = Read(file);

        Assert.Empty(errors);
        Assert.Equal(80_321, byCode!["2580"]);
        Assert.Equal(2_578, byCode["2506"]);
    }

    [Fact]
    public void Should_ReadSwedishLetters_When_TheFileIsUtf8WithAByteOrderMark()
    {
        var file = Scb(header: "region;2026", row: m => $"{m.Code} {m.Name};{m.PopulationAt(2025)}");

        var (byCode, errors) = PopulationCsv.Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(file)], 2026, Registry);

        Assert.Empty(errors);
        Assert.Equal(3_996, byCode!["2518"]);
    }

    [Fact]
    public void Should_ReadSwedishLetters_When_TheFileIsLatin1()
    {
        var file = Scb(header: "region;2026", row: m => $"{m.Code} {m.Name};{m.PopulationAt(2025)}");

        var (byCode, errors) = PopulationCsv.Read(Encoding.Latin1.GetBytes(file), 2026, Registry);

        Assert.Empty(errors);
        Assert.Equal(80_321, byCode!["2580"]);
        Assert.Equal(3_151, byCode["2513"]);
    }

    [Fact]
    public void Should_SkipScbsTitleAndBlankLines_When_TheyComeBeforeTheHeader()
    {
        var file = "\"Folkmängd efter region och år\"\n\n" + Scb(header: "\"region\";\"2026\"", row: m => $"\"{m.Code} {m.Name}\";{m.PopulationAt(2025)}") + "\n\n";

        var (byCode, errors) = Read(file.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Empty(errors);
        Assert.Equal(14, byCode!.Count);
    }

    [Fact]
    public void Should_NameTheLine_When_APopulationIsNotANumber()
    {
        var file = Scb(header: "region;2026", row: m => $"{m.Code} {m.Name};{(m.Name == "Haparanda" ? "många" : m.PopulationAt(2025))}");

        var (byCode, errors) = Read(file);

        Assert.Null(byCode);
        Assert.Equal(["Rad 6: folkmängden 'många' för Haparanda är inte ett positivt heltal.", "Folkmängd saknas för Haparanda; filen ska ha en rad för var och en av de 14 kommunerna."], errors);
    }

    [Fact]
    public void Should_NameTheLine_When_ARegionIsNoMemberMunicipality()
    {
        var file = Scb(header: "region;2026", row: m => $"{m.Code} {m.Name};{m.PopulationAt(2025)}") + "\n0180 Stockholm;984748";

        var (byCode, errors) = Read(file);

        Assert.Null(byCode);
        Assert.Equal(["Rad 16: '0180 Stockholm' är ingen av medlemskommunerna (okänd kommunkod 0180)."], errors);
    }

    [Theory]
    [InlineData("2580 Boden", "Rad 10: kommunkoden 2580 hör till Luleå, inte Boden.")]
    [InlineData("Lulea", "Rad 10: okänd kommun 'Lulea'; ange kommunkod och namn, till exempel '2580 Luleå'.")]
    public void Should_NameTheLine_When_ARegionIsWrong(string region, string expected)
    {
        var file = Scb(header: "region;2026", row: m => $"{(m.Code == "2580" ? region : m.Code)};{m.PopulationAt(2025)}");

        var (_, errors) = Read(file);

        Assert.Equal(expected, errors[0]);
    }

    [Fact]
    public void Should_NameTheMissingOnes_When_MunicipalitiesAreLeftOut()
    {
        var file = Scb(header: "region;2026", row: m => m.Name is "Pajala" or "Kiruna" ? "" : $"{m.Code};{m.PopulationAt(2025)}");

        var (byCode, errors) = Read(file);

        Assert.Null(byCode);
        Assert.Equal(["Folkmängd saknas för Kiruna, Pajala; filen ska ha en rad för var och en av de 14 kommunerna."], errors);
    }

    [Fact]
    public void Should_NameBothLines_When_AMunicipalityIsGivenTwice()
    {
        var file = Scb(header: "region;2026", row: m => $"{m.Code};{m.PopulationAt(2025)}") + "\n2582 Boden;28000";

        var (_, errors) = Read(file);

        Assert.Equal(["Rad 16: Boden finns redan på rad 4."], errors);
    }

    [Theory]
    [InlineData("region;2025", "Rubrikraden (rad 1) har folkmängd för 2025, inte för 2026.")]
    [InlineData("region;kön;folkmängd", "Rubrikraden (rad 1) visar inte vilken kolumn som har folkmängden: ge den rubriken 2026.")]
    [InlineData("2506 Arjeplog;2578", "Rad 1: filen ska börja med en rubrikrad, till exempel 'region;2026', före kommunernas rader.")]
    public void Should_SayWhatIsWrongWithTheHeader_When_ItDoesNotFit(string header, string expected)
    {
        var (byCode, errors) = Read(header + "\n2580 Luleå;80321\n");

        Assert.Null(byCode);
        Assert.Equal([expected], errors);
    }

    [Theory]
    [InlineData("", "Filen är tom.")]
    [InlineData("\n \n", "Filen är tom.")]
    [InlineData("region 2026\n2580 Luleå 80321\n", "Filen har ingen rubrikrad med minst två kolumner")]
    [InlineData("region;2026\n", "Filen har inga rader med folkmängd efter rubrikraden.")]
    public void Should_Refuse_When_TheFileHoldsNoFigures(string file, string expected)
    {
        var (byCode, errors) = Read(file);

        Assert.Null(byCode);
        Assert.StartsWith(expected, Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_CountTheRest_When_ThereAreManyProblems()
    {
        var file = Scb(header: "region;2026", row: m => $"{m.Code};-{m.PopulationAt(2025)}");

        var (_, errors) = Read(file);

        Assert.Equal(PopulationCsv.MaxErrors + 1, errors.Count);
        Assert.Equal("… och 5 fel till.", errors[^1]);
    }

    private static (IReadOnlyDictionary<string, int>? ByCode, IReadOnlyList<string> Errors) Read(string file) =>
        PopulationCsv.Read(Encoding.UTF8.GetBytes(file), 2026, Registry);

    // The header on line 1 and the municipalities in the reference data's order on lines 2 to 15.
    private static string Scb(string header, Func<Municipality, string> row) =>
        string.Join('\n', [header, .. Registry.All.Select(row)]);

    private static string Grouped(int population, string space) =>
        population.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(",", space, StringComparison.Ordinal);
}
