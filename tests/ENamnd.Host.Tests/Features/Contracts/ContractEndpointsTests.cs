using System.Net;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>The coordinator's contract registry API: register, read with deadline and alert schedule, replace, remove, and Swedish 400s that list every problem.</summary>
public sealed class ContractEndpointsTests : IAsyncLifetime
{
    private const string Example = """
        {"name":"E-tjänsteplattform","supplier":"Leverantör AB","kind":"GemensamtAvtal","startDate":"2018-01-01","endDate":"2027-12-31",
         "noticePeriodMonths":6,"options":[{"extendMonths":24,"decideBy":"2027-03-31"}],"owner":"samordnare@example.org","municipalities":["luleå","Boden"]}
        """;

    private readonly ContractsHostFactory host = new();
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        await host.StartAsync();
        api = host.CreateCoordinatorClient();
    }

    public Task DisposeAsync()
    {
        api.Dispose();
        host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Should_RegisterAndShowDeadlineAndAlerts_When_PostedAsInTheExample()
    {
        var created = await (await api.PostJsonAsync("/api/contracts", Example)).ExpectAsync(HttpStatusCode.Created);
        var id = (string)created["id"]!;

        var contract = await (await api.GetAsync($"/api/contracts/{id}")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("E-tjänsteplattform", (string?)contract["name"]);
        Assert.Equal("GemensamtAvtal", (string?)contract["kind"]);
        Assert.Equal("2027-12-31", (string?)contract["endDate"]);
        Assert.Equal(["Luleå", "Boden"], contract["municipalities"]!.AsArray().Select(m => (string?)m));
        Assert.Equal("2027-03-31", (string?)contract["nextDecisionDeadline"]);
        Assert.Equal("option", (string?)contract["deadlineFor"]);
        Assert.Equal(["12:2026-03-31", "6:2026-09-30", "3:2026-12-31", "1:2027-02-28"],
            contract["alerts"]!.AsArray().Select(a => $"{(int)a!["leadMonths"]!}:{(string?)a["date"]}"));
        Assert.All(contract["alerts"]!.AsArray(), a => Assert.False((bool)a!["sent"]!));
    }

    [Fact]
    public async Task Should_ListEveryProblemAndSaveNothing_When_TheContractIsInvalid()
    {
        var response = await api.PostJsonAsync("/api/contracts", """
            {"name":" ","kind":"Hyresavtal","startDate":"2027-13-01","endDate":"2020-01-01","noticePeriodMonths":-1,
             "options":[{"extendMonths":0,"decideBy":"2030-01-01"}],"owner":"inte en adress","municipalities":["Luleå","Gotham"]}
            """);

        var detail = await response.ExpectInvalidAsync("Avtalets namn saknas (name).");
        Assert.Contains("Leverantör saknas (supplier).", detail);
        Assert.Contains("Okänd avtalstyp: 'Hyresavtal'", detail);
        Assert.Contains("Ogiltigt startdatum: '2027-13-01'", detail);
        Assert.Contains("Uppsägningstiden (noticePeriodMonths)", detail);
        Assert.Contains("Option 1: förlängningen (extendMonths)", detail);
        Assert.Contains("Ogiltig avtalsägare: 'inte en adress'", detail);
        Assert.Contains("Okänd kommun: 'Gotham'", detail);
        Assert.Empty((await (await api.GetAsync("/api/contracts")).ExpectAsync(HttpStatusCode.OK)).AsArray());
    }

    [Theory]
    [InlineData("\"endDate\":\"2017-12-31\"", "Slutdatum (endDate) måste vara efter startdatum (startDate).")]
    [InlineData("\"options\":[{\"extendMonths\":24,\"decideBy\":\"2028-01-01\"}]", "måste vara före det slutdatum optionen förlänger (2027-12-31)")]
    [InlineData("\"owner\":\"roll:vaktmästare\"", "Okänd roll för avtalsägaren: 'vaktmästare'")]
    [InlineData("\"municipalities\":[]", "Ange minst en deltagande kommun (municipalities).")]
    [InlineData("\"startDate\":\"1 januari 2018\"", "Ogiltigt startdatum: '1 januari 2018' (startDate, ÅÅÅÅ-MM-DD).")]
    public async Task Should_Answer400InSwedish_When_OneTermIsWrong(string change, string message)
    {
        var body = Example.Trim()[..^1] + "," + change + "}";

        await (await api.PostJsonAsync("/api/contracts", body)).ExpectInvalidAsync(message);
    }

    [Fact]
    public async Task Should_ReplaceFilterAndDelete_When_TheContractExists()
    {
        var id = (string)(await (await api.PostJsonAsync("/api/contracts", Example)).ExpectAsync(HttpStatusCode.Created))["id"]!;
        var other = Example.Replace("E-tjänsteplattform", "Datacenter").Replace("2027-12-31", "2030-06-30");
        await (await api.PostJsonAsync("/api/contracts", other)).ExpectAsync(HttpStatusCode.Created);

        var replaced = await (await api.PutJsonAsync($"/api/contracts/{id}", Example.Replace("\"noticePeriodMonths\":6,\"options\":[{\"extendMonths\":24,\"decideBy\":\"2027-03-31\"}]", "\"noticePeriodMonths\":3")))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2027-09-30", (string?)replaced["nextDecisionDeadline"]);
        Assert.Equal("uppsägning", (string?)replaced["deadlineFor"]);

        var ending = await (await api.GetAsync("/api/contracts?endingBefore=2028-01-01")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([id], ending.AsArray().Select(c => (string?)c!["id"]));
        await (await api.GetAsync("/api/contracts?endingBefore=snart")).ExpectInvalidAsync("Ogiltigt datum: 'snart'");

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/contracts/{id}")).StatusCode);
        await (await api.GetAsync($"/api/contracts/{id}")).ExpectAsync(HttpStatusCode.NotFound);
        await (await api.DeleteAsync($"/api/contracts/{id}")).ExpectAsync(HttpStatusCode.NotFound);
        await (await api.PutJsonAsync($"/api/contracts/{id}", Example)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("GET", "/api/contracts")]
    [InlineData("GET", "/api/contracts/x")]
    [InlineData("POST", "/api/contracts")]
    [InlineData("PUT", "/api/contracts/x")]
    [InlineData("DELETE", "/api/contracts/x")]
    public async Task Should_AnswerUnauthorized_When_NoCoordinatorCredentials(string method, string url)
    {
        using var anonymous = host.CreateClient();

        var response = await anonymous.SendJsonAsync(new HttpMethod(method), url, Example);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
