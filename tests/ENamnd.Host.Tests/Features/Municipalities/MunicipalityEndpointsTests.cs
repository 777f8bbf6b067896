using System.Net;

namespace ENamnd.Host.Tests.Features.Municipalities;

public sealed class MunicipalityEndpointsTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    [Fact]
    public async Task Should_ListFourteenMunicipalitiesWithPopulations_When_Requested()
    {
        using var client = factory.CreateCoordinatorClient();

        var list = (await (await client.GetAsync("/api/municipalities")).ExpectAsync(HttpStatusCode.OK)).AsArray();

        Assert.Equal(14, list.Count);
        var lulea = list.Single(m => (string?)m!["code"] == "2580")!;
        Assert.Equal(("Luleå", "Luleå kommun"), ((string?)lulea["name"], (string?)lulea["officialName"]));
        Assert.Equal((77_832, 78_105, 78_549), ((int)lulea["population"]!["2018"]!, (int)lulea["population"]!["2019"]!, (int)lulea["population"]!["2020"]!));
        Assert.Equal(249_614, list.Sum(m => (int)m!["population"]!["2020"]!));
        Assert.Equal(248_943, list.Sum(m => (int)m!["population"]!["2025"]!));
        Assert.Equal("Bodens kommun", (string?)list.Single(m => (string?)m!["code"] == "2582")!["officialName"]);
    }

    [Theory]
    [InlineData("2580")]
    [InlineData("Luleå")]
    [InlineData("LULEÅ")]
    public async Task Should_FindMunicipality_When_GivenCodeOrName(string codeOrName)
    {
        using var client = factory.CreateCoordinatorClient();

        var municipality = await (await client.GetAsync($"/api/municipalities/{Uri.EscapeDataString(codeOrName)}")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(("2580", "Luleå", 78_549), ((string?)municipality["code"], (string?)municipality["name"], (int)municipality["population"]!["2020"]!));
    }

    [Fact]
    public async Task Should_AnswerNotFoundInSwedish_When_MunicipalityUnknown()
    {
        using var client = factory.CreateCoordinatorClient();

        var problem = await (await client.GetAsync("/api/municipalities/Stockholm")).ExpectAsync(HttpStatusCode.NotFound);

        Assert.Equal("Kommunen 'Stockholm' finns inte bland medlemskommunerna.", (string?)problem["detail"]);
    }
}
