using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ENamnd.Activities.Municipalities;
using ENamnd.Host.Features.Municipalities;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Municipalities;

/// <summary>
/// Importing a population year from SCB's file: a bad file is refused whole with the line named and nothing stored; a good
/// one is stored, kept over a restart and used by allocations, by default as the latest year.
/// </summary>
public sealed class PopulationImportTests(UnseededHostFactory factory) : IClassFixture<UnseededHostFactory>
{
    // The 2025 figures plus 1 000 for each municipality, so 2026 is told apart from 2025 in every share.
    private static readonly string File2026 = "\"region\";\"2026\"\n" + string.Join('\n',
        MunicipalityRegistry.Default.All.Select(m => $"\"{m.Code} {m.Name}\";\"{SwedishThousands(m.PopulationAt(2025) + 1_000)}\""));

    [Fact]
    public async Task Should_StoreNothingAndNameTheLine_When_AFileHasABadLine()
    {
        using var client = factory.CreateCoordinatorClient();
        var bad = File2026.Replace("\"2026\"", "\"2024\"", StringComparison.Ordinal)
            .Replace("\"2584 Kiruna\";\"23 379\"", "\"2584 Kiruna\";\"23 379 st\"", StringComparison.Ordinal);

        var detail = await (await client.PostAsync("/api/municipalities/population", Form("2024", bad))).ExpectInvalidAsync("Rad 9: folkmängden '23 379 st' för Kiruna är inte ett positivt heltal.");

        Assert.StartsWith("Folkmängden för 2024 har inte importerats och inget har sparats.", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(await factory.Host.Services.GetRequiredService<PopulationStore>().ListAsync(), f => f.Year == 2024);
        var years = await (await client.GetAsync("/api/municipalities/population")).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(2024, years["years"]!.AsArray().Select(y => (int)y!["year"]!));
    }

    [Theory]
    [InlineData("", "Ange året (year) som folkmängden gäller")]
    [InlineData("tjugotjugosex", "Året (year) ska vara ett årtal")]
    [InlineData("1900", "Året 1900 går inte att importera")]
    [InlineData("2999", "Året 2999 går inte att importera")]
    public async Task Should_RefuseInSwedish_When_TheYearIsWrong(string year, string message)
    {
        using var client = factory.CreateCoordinatorClient();

        await (await client.PostAsync("/api/municipalities/population", Form(year, File2026))).ExpectInvalidAsync(message);
    }

    [Fact]
    public async Task Should_RefuseInSwedish_When_TheBodyIsJson()
    {
        using var client = factory.CreateCoordinatorClient();

        await (await client.PostJsonAsync("/api/municipalities/population", """{"year":2026}""")).ExpectInvalidAsync("multipart/form-data");
    }

    [Fact]
    public async Task Should_UseTheImportedYear_When_ImportedAndAfterARestart()
    {
        using (var client = factory.CreateCoordinatorClient())
        {
            var imported = await (await client.PostAsync("/api/municipalities/population", Form("2026", File2026))).ExpectAsync(HttpStatusCode.OK);

            Assert.Equal((2026, 2026, 248_943 + 14_000L), ((int)imported["year"]!, (int)imported["latestYear"]!, (long)imported["total"]!));
            Assert.Equal([2018, 2019, 2020, 2025, 2026], imported["populationYears"]!.AsArray().Select(y => (int)y!));
            await AssertAllocationsUse2026Async(client);
        }

        factory.Restart();

        using var after = factory.CreateCoordinatorClient();
        await AssertAllocationsUse2026Async(after);
        var lulea = await (await after.GetAsync("/api/municipalities/Luleå")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(81_321, (int)lulea["population"]!["2026"]!);
        var years = (await (await after.GetAsync("/api/municipalities/population")).ExpectAsync(HttpStatusCode.OK))["years"]!.AsArray();
        var year2026 = years.Single(y => (int)y!["year"]! == 2026)!;
        Assert.Equal((true, 262_943L), ((bool)year2026["imported"]!, (long)year2026["total"]!));
        Assert.False((bool)years.Single(y => (int)y!["year"]! == 2025)!["imported"]!);
    }

    [Fact]
    public async Task Should_ReplaceTheYear_When_ACsvBodyImportsItAgain()
    {
        using var client = factory.CreateCoordinatorClient();
        var first = File2026.Replace("2026", "2023", StringComparison.Ordinal);
        await (await client.PostAsync("/api/municipalities/population?year=2023", Csv(first))).ExpectAsync(HttpStatusCode.OK);

        var again = await (await client.PostAsync("/api/municipalities/population?year=2023",
            Csv(first.Replace("\"81 321\"", "\"81 000\"", StringComparison.Ordinal)))).ExpectAsync(HttpStatusCode.OK);

        Assert.True((bool)again["replaced"]!);
        var shares = await PreviewAsync(client, """{"model":"Population","total":100,"populationYear":2023,"municipalities":["Luleå"]}""");
        Assert.Equal(2023, (int)shares["populationYear"]!);
        var lulea = await (await client.GetAsync("/api/municipalities/2580")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(81_000, (int)lulea["population"]!["2023"]!);
    }

    private static async Task AssertAllocationsUse2026Async(HttpClient client)
    {
        // Luleå 81 321 and Boden 29 652 at 31 December 2026: 110 973 inhabitants, one krona each.
        var byDefault = await PreviewAsync(client, """{"model":"Population","total":110973,"municipalities":["Luleå","Boden"]}""");
        var asked = await PreviewAsync(client, """{"model":"Population","total":110973,"populationYear":2026,"municipalities":["Luleå","Boden"]}""");
        var shipped = await PreviewAsync(client, """{"model":"Population","total":108973,"populationYear":2025,"municipalities":["Luleå","Boden"]}""");

        Assert.Equal(2026, (int)byDefault["populationYear"]!);
        Assert.Equal([81_321m, 29_652m], Amounts(byDefault));
        Assert.Equal(Amounts(byDefault), Amounts(asked));
        Assert.Equal([80_321m, 28_652m], Amounts(shipped));
    }

    private static async Task<JsonNode> PreviewAsync(HttpClient client, string json) =>
        await (await client.PostJsonAsync("/api/allocations/preview", json)).ExpectAsync(HttpStatusCode.OK);

    private static decimal[] Amounts(JsonNode preview) => [.. preview["shares"]!.AsArray().Select(s => (decimal)s!["amount"]!)];

    private static MultipartFormDataContent Form(string year, string file)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(file));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { new StringContent(year), "year" }, { content, "file", "folkmangd.csv" } };
    }

    private static StringContent Csv(string file) => new(file, Encoding.UTF8, "text/csv");

    private static string SwedishThousands(int value) => value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', ' ');
}
