using System.Net;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Features.Allocations;

/// <summary>Previewing cost splits: the documented examples, and every kind of bad input as a Swedish 400.</summary>
public sealed class AllocationEndpointsTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    // All 14, some by code and some by name, as a coordinator might paste them.
    private const string AllFourteen =
        """["2580","Boden","Piteå","2584","Gällivare","Kalix","Haparanda","Älvsbyn","Pajala","Arvidsjaur","Jokkmokk","Övertorneå","Överkalix","2506"]""";

    [Fact]
    public async Task Should_SplitInWholeHundredsSummingToTotal_When_HybridFiftyFifty()
    {
        var result = await PreviewAsync($$"""{"model":"Hybrid","total":930600,"equalFraction":0.5,"populationYear":2020,"municipalities":{{AllFourteen}},"roundTo":100}""");

        var shares = Shares(result);
        Assert.Equal(("Hybrid", 930_600m, 100m, 2020), ((string?)result["model"], (decimal)result["total"]!, (decimal)result["roundTo"]!, (int?)result["populationYear"]));
        Assert.Equal(14, shares.Count);
        Assert.Equal(930_600m, shares.Values.Sum(s => s.Amount));
        Assert.All(shares.Values, s => Assert.Equal(0m, s.Amount % 100m));
        Assert.Equal((179_700m, 38_300m, 85_500m), (shares["Luleå"].Amount, shares["Arjeplog"].Amount, shares["Boden"].Amount));
        Assert.Equal("2580", shares["Luleå"].Code);
        Assert.Equal(19.31m, shares["Luleå"].Percent);
    }

    [Fact]
    public async Task Should_PutTheRestOnOneShareOnly_When_TotalIsNotAMultipleOfTheUnit()
    {
        var shares = Shares(await PreviewAsync($$"""{"model":"hybrid","total":930650,"equalFraction":0.5,"populationYear":2020,"municipalities":{{AllFourteen}},"roundTo":100}"""));

        // The documented residue rule: the rest below one unit (50 kr) goes to a single participant.
        Assert.Equal(930_650m, shares.Values.Sum(s => s.Amount));
        Assert.Equal([50m], shares.Values.Select(s => s.Amount % 100m).Where(r => r != 0m));
    }

    [Fact]
    public async Task Should_MatchTheFraction_When_HybridGivenAsTwoAmounts()
    {
        var byFraction = await PreviewAsync($$"""{"model":"Hybrid","total":930600,"equalFraction":0.5,"populationYear":2020,"municipalities":{{AllFourteen}},"roundTo":100}""");
        var byAmounts = await PreviewAsync($$"""{"model":"Hybrid","total":930600,"equalAmount":465300,"populationAmount":465300,"populationYear":2020,"municipalities":{{AllFourteen}},"roundTo":100}""");

        Assert.Equal(byFraction["shares"]!.ToJsonString(), byAmounts["shares"]!.ToJsonString());
    }

    [Fact]
    public async Task Should_KeepCapProportions_When_Capped()
    {
        var result = await PreviewAsync("""{"model":"CAPPED","total":300000,"municipalities":["Luleå","Boden","Kalix"],"caps":{"Luleå":300000,"2582":200000,"kalix":100000}}""");

        var shares = Shares(result);
        Assert.Equal((150_000m, 100_000m, 50_000m), (shares["Luleå"].Amount, shares["Boden"].Amount, shares["Kalix"].Amount));
        Assert.Equal((50m, 33.33m, 16.67m), (shares["Luleå"].Percent, shares["Boden"].Percent, shares["Kalix"].Percent));
        Assert.Null((int?)result["populationYear"]);
        Assert.Equal(1m, (decimal)result["roundTo"]!);
    }

    [Fact]
    public async Task Should_ChargeOneKronaPerInhabitant_When_PopulationTotalEqualsPopulation()
    {
        var shares = Shares(await PreviewAsync($$"""{"model":"Population","total":249614,"populationYear":2020,"municipalities":{{AllFourteen}}}"""));

        Assert.Equal((78_549m, 28_060m, 2_718m), (shares["Luleå"].Amount, shares["Boden"].Amount, shares["Arjeplog"].Amount));
        Assert.Equal(249_614m, shares.Values.Sum(s => s.Amount));
    }

    [Theory]
    [InlineData("""{"model":"Population","total":108973,"municipalities":["Luleå","Boden"]}""")]
    [InlineData("""{"model":"Population","total":108973,"populationYear":null,"municipalities":["Luleå","Boden"]}""")]
    public async Task Should_SplitByTheLatestYear_When_NoPopulationYearIsGiven(string json)
    {
        var result = await PreviewAsync(json);

        // Luleå 80 321 and Boden 28 652 at 31 December 2025: 108 973 inhabitants, one krona each.
        var shares = Shares(result);
        Assert.Equal(2025, (int?)result["populationYear"]);
        Assert.Equal((80_321m, 28_652m), (shares["Luleå"].Amount, shares["Boden"].Amount));
    }

    [Fact]
    public async Task Should_KeepTheOrderGiven_When_SharesReturned()
    {
        var result = await PreviewAsync("""{"model":"Equal","total":300,"municipalities":["Kiruna","2580","Boden"]}""");

        Assert.Equal(["2584", "2580", "2582"], result["shares"]!.AsArray().Select(s => (string?)s!["code"]));
    }

    [Theory]
    [InlineData("""{"model":"Equal","total":1000,"municipalities":["Luleå","Stockholm"]}""", "Okänd kommun: \"Stockholm\".")]
    [InlineData("""{"model":"Equal","total":-5,"municipalities":["Luleå"]}""", "Totalbeloppet får inte vara negativt")]
    [InlineData("""{"model":"Population","total":1000,"populationYear":2010,"municipalities":["Luleå","Boden"]}""", "Befolkningssiffror per 31 december 2010 saknas")]
    [InlineData("""{"model":"Capped","total":1000,"municipalities":["Luleå","Kalix"],"caps":{"Luleå":5000}}""", "Maxbelopp saknas för: Kalix.")]
    [InlineData("""{"model":"Hybrid","total":1000,"populationYear":2020,"municipalities":["Luleå","Boden"]}""", "Hybridmodellen kräver")]
    [InlineData("""{"model":"Fair","total":1000,"municipalities":["Luleå"]}""", "Okänd fördelningsmodell: 'Fair'.")]
    [InlineData("""{"model":"2","total":1000,"municipalities":["Luleå"]}""", "Okänd fördelningsmodell: '2'.")]
    [InlineData("""{"total":1000,"municipalities":["Luleå"]}""", "Ange en fördelningsmodell (model)")]
    [InlineData("""{"model":"Equal","municipalities":["Luleå"]}""", "Ange totalbeloppet (total)")]
    [InlineData("""{"model":"Equal","total":1000}""", "Ange minst en deltagande kommun.")]
    [InlineData("""{"model":"Equal","total":1000,"municipalities":["Luleå","2580"]}""", "Varje kommun får bara anges en gång")]
    [InlineData("""{"model":"Equal","total":"mycket","municipalities":["Luleå"]}""", "fel typ (vid $.total)")]
    [InlineData("""{"model":"Equal","total":1000,"municipalities":["Luleå"]""", "Begäran är inte giltig JSON")]
    [InlineData("""[1,2,3]""", "Begäran är inte giltig JSON")]
    public async Task Should_AnswerSwedishProblem_When_InputInvalid(string json, string message)
    {
        using var client = factory.CreateCoordinatorClient();

        await (await client.PostJsonAsync("/api/allocations/preview", json)).ExpectInvalidAsync(message);
    }

    private async Task<JsonNode> PreviewAsync(string json)
    {
        using var client = factory.CreateCoordinatorClient();
        return await (await client.PostJsonAsync("/api/allocations/preview", json)).ExpectAsync(HttpStatusCode.OK);
    }

    private static Dictionary<string, (string Code, decimal Amount, decimal Percent)> Shares(JsonNode result) =>
        result["shares"]!.AsArray().ToDictionary(s => (string)s!["name"]!, s => ((string)s!["code"]!, (decimal)s["amount"]!, (decimal)s["percent"]!));
}
