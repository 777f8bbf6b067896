using ENamnd.Activities.Municipalities;

namespace ENamnd.Activities.Tests.Municipalities;

/// <summary>A municipality's population by year.</summary>
public sealed class MunicipalityTests
{
    // Luleå, the host municipality (värdkommun).
    private static readonly Municipality HostMunicipality = MunicipalityRegistry.Default.Find("2580")!;

    [Theory]
    [InlineData(2018, 77_832)]
    [InlineData(2019, 78_105)]
    [InlineData(2020, 78_549)]
    [InlineData(2025, 80_321)]
    public void Should_ReturnThePopulationAtYearEnd_When_TheYearIsKnown(int year, int population) =>
        Assert.Equal(population, HostMunicipality.PopulationAt(year));

    [Fact]
    public void Should_NameTheMunicipalityAndYear_When_TheYearIsMissing()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => HostMunicipality.PopulationAt(1999));

        Assert.Contains("Luleå", exception.Message);
        Assert.Contains("1999", exception.Message);
        Assert.Contains("2018, 2019, 2020, 2025", exception.Message);
    }
}
