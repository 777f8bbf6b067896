using ENamnd.Activities.Municipalities;

namespace ENamnd.Activities.Tests.Municipalities;

/// <summary>The embedded registry of the 14 municipalities and finding them by code or name.</summary>
public sealed class MunicipalityRegistryTests
{
    private static readonly MunicipalityRegistry Registry = MunicipalityRegistry.Default;

    [Fact]
    public void Should_ListFourteenMunicipalitiesInCsvOrder_When_LoadedFromTheEmbeddedCsv()
    {
        Assert.Equal(14, Registry.All.Count);
        Assert.Equal("Arjeplog", Registry.All[0].Name);
        Assert.Equal("Övertorneå", Registry.All[^1].Name);
        Assert.Same(Registry, MunicipalityRegistry.Default);
    }

    [Theory]
    [InlineData(2018, 250_497)]
    [InlineData(2019, 250_093)]
    [InlineData(2020, 249_614)]
    [InlineData(2025, 248_943)]
    public void Should_MatchThePublishedColumnSums_When_PopulationsAreAdded(int year, int sum) =>
        Assert.Equal(sum, Registry.All.Sum(municipality => municipality.PopulationAt(year)));

    [Fact]
    public void Should_DeriveYearsFromTheHeader_When_Loaded() =>
        Assert.Equal([2018, 2019, 2020, 2025], Registry.PopulationYears);

    [Theory]
    [InlineData("Boden", "Bodens kommun")]
    [InlineData("Arjeplog", "Arjeplogs kommun")]
    [InlineData("Jokkmokk", "Jokkmokks kommun")]
    [InlineData("Älvsbyn", "Älvsbyns kommun")]
    [InlineData("Gällivare", "Gällivare kommun")]
    [InlineData("Luleå", "Luleå kommun")]
    public void Should_GiveTheOfficialNameFromTheData_When_TheGenitiveDiffersFromTheName(string name, string official) =>
        Assert.Equal(official, Registry.Find(name)!.OfficialName);

    [Fact]
    public void Should_HaveAnOfficialNameForEveryMunicipality_When_LoadedFromTheEmbeddedCsv() =>
        Assert.All(Registry.All, m => Assert.Matches($"^{m.Name}s? kommun$", m.OfficialName));

    [Theory]
    [InlineData("Luleå")]
    [InlineData("LULEÅ")]
    [InlineData("luleå")]
    [InlineData("2580")]
    [InlineData(" Luleå ")]
    [InlineData("Lule\u0061\u030A")]
    public void Should_FindTheMunicipality_When_GivenItsCodeOrNameInAnyCase(string codeOrName)
    {
        var municipality = Registry.Find(codeOrName);

        Assert.NotNull(municipality);
        Assert.Equal("2580", municipality.Code);
        Assert.Equal("Luleå", municipality.Name);
    }

    [Theory]
    [InlineData("älvsbyn", "2560")]
    [InlineData("ÖVERKALIX", "2513")]
    [InlineData("gällivare", "2523")]
    public void Should_MatchSwedishLettersInAnyCase_When_FindingByName(string name, string code) =>
        Assert.Equal(code, Registry.Find(name)?.Code);

    [Theory]
    [InlineData("Lulea")]
    [InlineData("Stockholm")]
    [InlineData("0180")]
    [InlineData("")]
    public void Should_ReturnNull_When_NoMunicipalityHasThatCodeOrExactName(string codeOrName) =>
        Assert.Null(Registry.Find(codeOrName));

    [Fact]
    public void Should_ResolveInTheGivenOrder_When_AllAreKnown()
    {
        var resolved = Registry.Resolve(["Piteå", "2582", "kiruna"]);

        Assert.Equal(["2581", "2582", "2584"], resolved.Select(municipality => municipality.Code));
    }

    [Fact]
    public void Should_ListEveryUnknownOne_When_ResolvingUnknownMunicipalities()
    {
        var exception = Assert.Throws<UnknownMunicipalityException>(() => Registry.Resolve(["Luleå", "Umeå", "Lulea", "Boden"]));

        Assert.Equal(["Umeå", "Lulea"], exception.Unknown);
        Assert.Contains("\"Umeå\"", exception.Message);
        Assert.Contains("\"Lulea\"", exception.Message);
    }

    [Fact]
    public void Should_Reject_When_TwoMunicipalitiesShareAName()
    {
        var populations = new Dictionary<int, int> { [2020] = 1 };

        Assert.Throws<ArgumentException>(() => new MunicipalityRegistry(
        [
            new Municipality("0001", "Åby", "Åby kommun", populations),
            new Municipality("0002", "åby", "åby kommun", populations),
        ]));
    }
}
