using System.Net;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Municipalities;
using ENamnd.Host.Features.Contracts;
using Microsoft.Extensions.DependencyInjection;

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
    [InlineData("\"startDate\":\"0001-01-01\",\"endDate\":\"0001-03-01\",\"noticePeriodMonths\":12,\"options\":[]", "Startdatum 0001-01-01 (startDate) ligger utanför 1900-01-01–2200-12-31.")]
    [InlineData("\"startDate\":\"1899-12-31\"", "Startdatum 1899-12-31 (startDate) ligger utanför 1900-01-01–2200-12-31.")]
    [InlineData("\"endDate\":\"9999-12-31\",\"options\":[{\"extendMonths\":24,\"decideBy\":\"9999-06-01\"}]", "Slutdatum 9999-12-31 (endDate) ligger utanför")]
    [InlineData("\"options\":[{\"extendMonths\":24,\"decideBy\":\"2017-06-01\"}]", "Option 1: sista beslutsdag (decideBy) kan inte vara före avtalets startdatum (2018-01-01).")]
    [InlineData("\"name\":\"Avtal\\r\\nBcc: x@example.org\"", "Fältet name får inte innehålla radbrytningar.")]
    [InlineData("\"supplier\":\"Lev\\u0000erantör\"", "Fältet supplier innehåller ett otillåtet tecken (styrtecken U+0000).")]
    [InlineData("\"name\":\"\\u200B\\u200B \"", "Avtalets namn saknas (name).")]
    [InlineData("\"kind\":\"Ramavtal,GemensamtAvtal\"", "Okänd avtalstyp: 'Ramavtal,GemensamtAvtal'")]
    public async Task Should_Answer400InSwedishAndSaveNothing_When_OneTermIsWrong(string change, string message)
    {
        var body = Example.Trim()[..^1] + "," + change + "}";

        await (await api.PostJsonAsync("/api/contracts", body)).ExpectInvalidAsync(message);
        Assert.Empty((await (await api.GetAsync("/api/contracts")).ExpectAsync(HttpStatusCode.OK)).AsArray());
    }

    [Fact]
    public async Task Should_RefuseAHugeField_When_ItIsLongerThanTheLimit()
    {
        var body = Example.Replace("Leverantör AB", new string('x', 2_000_000));

        var response = await api.PostJsonAsync("/api/contracts", body);

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Fältet supplier får vara högst 500 tecken långt (nu 2000000)."], problem["errors"]!["supplier"]!.AsArray().Select(m => (string?)m));
    }

    [Fact]
    public async Task Should_StillListAndShowEveryContract_When_AStoredRowHasDatesFromBeforeTheyWereChecked()
    {
        var good = (string)(await (await api.PostJsonAsync("/api/contracts", Example)).ExpectAsync(HttpStatusCode.Created))["id"]!;
        var terms = ContractDraftValidator.Validate(new ContractDraft
        {
            Name = "Gammalt", Supplier = "Leverantör AB", Kind = "Ramavtal", StartDate = "2020-01-01", EndDate = "2020-03-01",
            NoticePeriodMonths = 12, Owner = "samordnare@example.org", Municipalities = ["Luleå"],
        }, host.Services.GetRequiredService<MunicipalityRegistry>()).Terms! with { StartDate = new(1, 1, 1), EndDate = new(1, 3, 1) };
        var bad = (await host.Services.GetRequiredService<ContractStore>().AddAsync("gammalt", terms, CancellationToken.None)).Id;

        var list = await (await api.GetAsync("/api/contracts")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([bad, good], list.AsArray().Select(c => (string?)c!["id"]));
        var shown = await (await api.GetAsync($"/api/contracts/{bad}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("0001-01-01", (string?)shown["nextDecisionDeadline"]);
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
