using ENamnd.Activities.Municipalities;

namespace ENamnd.Activities.Tests.Municipalities;

/// <summary>Parsing the reference CSV: years come from the header, malformed data is refused.</summary>
public sealed class MunicipalityCsvTests
{
    [Fact]
    public void Should_TakeYearsFromTheHeader_When_ColumnsDifferFromTheShippedFile()
    {
        var municipalities = Read("code,name,official_name,population_2021_12_31,population_2022_12_31\n2580,Luleå,Luleå kommun,79000,79500\n");

        var municipality = Assert.Single(municipalities);
        Assert.Equal([2021, 2022], municipality.Populations.Keys.Order());
        Assert.Equal(79_500, municipality.PopulationAt(2022));
    }

    [Fact]
    public void Should_ReadTheOfficialName_When_TheGenitiveDiffersFromTheName()
    {
        var municipality = Assert.Single(Read("code,name,official_name,population_2025_12_31\n2582,Boden,Bodens kommun,28652\n"));

        Assert.Equal(("Boden", "Bodens kommun"), (municipality.Name, municipality.OfficialName));
    }

    [Theory]
    [InlineData("kod,namn,officiellt_namn,population_2020_12_31\n2580,Luleå,Luleå kommun,1\n")]
    [InlineData("code,name,population_2020_12_31\n2580,Luleå,1\n")]
    [InlineData("code,name,official_name,population_2020\n2580,Luleå,Luleå kommun,1\n")]
    [InlineData("code,name,official_name,population_2020_12_31\n2580,Luleå,Luleå kommun\n")]
    [InlineData("code,name,official_name,population_2020_12_31\n2580,Luleå, ,1\n")]
    [InlineData("code,name,official_name,population_2020_12_31\n2580,Luleå,Luleå kommun,many\n")]
    [InlineData("code,name,official_name,population_2020_12_31\n25800,Luleå,Luleå kommun,1\n")]
    [InlineData("")]
    public void Should_Refuse_When_TheCsvIsMalformed(string csv) =>
        Assert.Throws<InvalidDataException>(() => Read(csv));

    private static IReadOnlyList<Municipality> Read(string csv)
    {
        using var reader = new StringReader(csv);
        return MunicipalityCsv.Read(reader);
    }
}
