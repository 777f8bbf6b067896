using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.Host.Tests.Features.Tasks;

namespace ENamnd.Host.Tests.Features.Cases;

/// <summary>The cases API's answers to bad and conflicting requests: a Swedish 400/404/409, and nothing half-saved.</summary>
public class CaseApiTests : IClassFixture<TaskHostFactory>
{
    private readonly TaskHostFactory host;

    public CaseApiTests(TaskHostFactory host) => this.host = host;

    [Theory]
    [InlineData("""{"title":"Idé","caseNumber":"2022/90-2.2.0.1","initiatingMunicipalities":["Boden"]}""", "två eller fler kommuner")]
    [InlineData("""{"title":"Idé","caseNumber":"2022/91-2.2.0.1","initiatingMunicipalities":["Boden","Boden"]}""", "två eller fler kommuner")]
    [InlineData("""{"title":"Idé","caseNumber":"2022/92-2.2.0.1","initiatingMunicipalities":["Boden","Atlantis"]}""", "okänd kommun 'Atlantis'")]
    [InlineData("""{"title":"","caseNumber":"2022/93-2.2.0.1","initiatingMunicipalities":["Boden","Piteå"]}""", "rubrik")]
    [InlineData("""{"title":"Idé","caseNumber":"ärende 7","initiatingMunicipalities":["Boden","Piteå"]}""", "inget ärendenummer")]
    [InlineData("""{"title":"Idé","caseNumber":"2022/94-2.2.0.1","initiatingMunicipalities":["Boden","Piteå"],"budgets":{"Forstudie":-5}}""", "positivt belopp")]
    [InlineData("""{"title":"Idé","caseNumber":"2022/95-2.2.0.1","initiatingMunicipalities":["Boden","Piteå"],"budgets":{"Månfärd":5}}""", "okänd fas")]
    [InlineData("""{"title":"Idé","caseNumber":"2022/96-2.2.0.1","initiatingMunicipalities":"Boden"}""", "fel typ")]
    public async Task Should_Answer400InSwedishAndSaveNothing_When_TheCaseIsInvalid(string body, string message)
    {
        using var coordinator = host.CreateCoordinatorClient();

        var response = await coordinator.PostAsync("/api/cases", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        var cases = await coordinator.GetFromJsonAsync<JsonArray>("/api/cases");
        Assert.DoesNotContain(cases!, c => ((string?)c!["caseNumber"])?.StartsWith("2022/9", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Should_Answer409_When_TheCaseNumberIsTaken()
    {
        using var coordinator = host.CreateCoordinatorClient();
        var body = new { title = "Idé", caseNumber = "2022/80-2.2.0.1", initiatingMunicipalities = new[] { "Luleå", "Kalix" } };
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync("/api/cases", body)).StatusCode);

        var again = await coordinator.PostAsJsonAsync("/api/cases", body);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("finns redan", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_EndTheProcessAndItsTasks_When_TheCaseIsCancelledWithAReason()
    {
        using var coordinator = host.CreateCoordinatorClient();
        var created = await coordinator.PostAsJsonAsync("/api/cases", new { title = "Idé", caseNumber = "2022/81-2.2.0.1", initiatingMunicipalities = new[] { "Luleå", "Kalix" } });
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        Assert.NotEmpty((await coordinator.GetFromJsonAsync<JsonObject>($"/api/cases/{id}"))!["openTasks"]!.AsArray());

        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync($"/api/cases/{id}/cancel", new { reason = " " })).StatusCode);
        var cancelled = await coordinator.PostAsJsonAsync($"/api/cases/{id}/cancel", new { reason = "Kommunerna drog tillbaka initiativet." });
        var again = await coordinator.PostAsJsonAsync($"/api/cases/{id}/cancel", new { reason = "Igen." });

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var details = (await cancelled.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Cancelled", (string?)details["status"]);
        Assert.Equal("Kommunerna drog tillbaka initiativet.", (string?)details["cancelReason"]);
        Assert.Empty(details["openTasks"]!.AsArray());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Should_FindACaseByNumberAndFilterByPhase()
    {
        using var coordinator = host.CreateCoordinatorClient();
        await coordinator.PostAsJsonAsync("/api/cases", new { title = "Filtrering", caseNumber = "2022/82-2.2.0.1", initiatingMunicipalities = new[] { "Jokkmokk", "Arjeplog" } });

        var byNumber = await coordinator.GetFromJsonAsync<JsonObject>("/api/cases/" + Uri.EscapeDataString("2022/82-2.2.0.1"));
        var qualifying = await coordinator.GetFromJsonAsync<JsonArray>("/api/cases?phase=KvalificeringAvIde");
        var inPreStudy = await coordinator.GetFromJsonAsync<JsonArray>("/api/cases?phase=Förstudie");
        var badStatus = await coordinator.GetAsync("/api/cases?status=Flyger");
        var missing = await coordinator.GetAsync("/api/cases/finns-inte");

        Assert.Equal("Kvalificering av idé", (string?)byNumber!["phase"]);
        Assert.Equal(["Arjeplog", "Jokkmokk"], byNumber["initiatingMunicipalities"]!.AsArray().Select(m => (string)m!["name"]!).Order());
        Assert.Contains(qualifying!, c => (string?)c!["caseNumber"] == "2022/82-2.2.0.1");
        Assert.DoesNotContain(inPreStudy!, c => (string?)c!["caseNumber"] == "2022/82-2.2.0.1");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Should_RefuseAnonymousCallers()
    {
        using var anonymous = host.CreateClient();

        var response = await anonymous.GetAsync("/api/cases");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
