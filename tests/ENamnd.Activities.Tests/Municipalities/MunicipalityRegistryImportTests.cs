using ENamnd.Activities.Municipalities;

namespace ENamnd.Activities.Tests.Municipalities;

/// <summary>Imported population years on top of the shipped ones: added, replacing a shipped year, and checked whole.</summary>
public sealed class MunicipalityRegistryImportTests
{
    private static readonly DateTimeOffset ImportedAt = new(2027, 3, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_MakeTheImportedYearTheLatest_When_ALaterYearIsImported()
    {
        var registry = MunicipalityRegistry.ReadEmbedded();

        registry.UseImportedPopulations([Figures(registry, 2026, 100)]);

        Assert.Equal([2018, 2019, 2020, 2025, 2026], registry.PopulationYears);
        Assert.Equal(2026, registry.LatestPopulationYear);
        Assert.Equal(80_421, registry.Find("Luleå")!.PopulationAt(2026));
        Assert.Equal(80_321, registry.Find("2580")!.PopulationAt(2025));
        Assert.Equal(2026, Assert.Single(registry.ImportedPopulations).Year);
    }

    [Fact]
    public void Should_ReplaceTheShippedFigures_When_TheSameYearIsImported()
    {
        var registry = MunicipalityRegistry.ReadEmbedded();

        registry.UseImportedPopulations([Figures(registry, 2025, 1)]);

        Assert.Equal([2018, 2019, 2020, 2025], registry.PopulationYears);
        Assert.Equal(28_653, registry.Find("Boden")!.PopulationAt(2025));
    }

    [Fact]
    public void Should_KeepOnlyTheYearsGiven_When_ImportedYearsAreSetAgain()
    {
        var registry = MunicipalityRegistry.ReadEmbedded();
        registry.UseImportedPopulations([Figures(registry, 2026, 100)]);

        registry.UseImportedPopulations([]);

        Assert.Equal(2025, registry.LatestPopulationYear);
        Assert.Empty(registry.ImportedPopulations);
    }

    [Fact]
    public void Should_Refuse_When_AYearLacksAMunicipality()
    {
        var registry = MunicipalityRegistry.ReadEmbedded();
        var figures = Figures(registry, 2026, 100);
        var incomplete = figures with { ByCode = figures.ByCode.Where(p => p.Key != "2521").ToDictionary() };

        Assert.Throws<ArgumentException>(() => registry.UseImportedPopulations([incomplete]));
        Assert.Equal(2025, registry.LatestPopulationYear);
    }

    [Fact]
    public void Should_Refuse_When_TheSharedDefaultIsGivenImportedYears() =>
        Assert.Throws<InvalidOperationException>(() => MunicipalityRegistry.Default.UseImportedPopulations([Figures(MunicipalityRegistry.Default, 2026, 100)]));

    // Every municipality's 2025 population plus a difference.
    private static PopulationFigures Figures(MunicipalityRegistry registry, int year, int difference) =>
        new(year, registry.All.ToDictionary(m => m.Code, m => m.PopulationAt(2025) + difference), ImportedAt);
}
