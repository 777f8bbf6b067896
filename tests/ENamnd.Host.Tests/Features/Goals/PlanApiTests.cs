using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static ENamnd.Host.Tests.Features.Goals.GoalScenario;

namespace ENamnd.Host.Tests.Features.Goals;

/// <summary><c>/api/plans</c> over HTTP on the embedded host in December 2022, which holds the example plan as that year's plan.</summary>
public sealed class PlanApiTests : IDisposable
{
    private const string Plan2023 = """
        {"year":2023,"title":"Verksamhetsplan 2023","goals":[
          {"title":"Nämnden sammanträder regelbundet","owner":"roll:samordnare","indicators":[
            {"name":"Antal sammanträden","target":4,"unit":"antal","source":"CommitteeMeetingsHeld"}]},
          {"id":"K","title":"Kompetenshöjning","owner":"samordnare@example.org","indicators":[
            {"id":"K1","name":"Utbildningsinsatser","target":"minst två","unit":null,"source":null}]}]}
        """;

    private readonly GoalsHostFactory host = new(Stockholm(2022, 12, 12, 9));

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Should_CreateReadReplaceAndDelete_When_ThePlanIsValid()
    {
        using var api = host.CreateCoordinatorClient();

        var created = await (await api.PostJsonAsync("/api/plans", Plan2023)).ExpectAsync(HttpStatusCode.Created);

        var id = (string)created["id"]!;
        Assert.Equal(2023, (int)created["year"]!);
        Assert.Equal(["G1", "K"], created["goals"]!.AsArray().Select(g => (string)g!["id"]!));
        Assert.Equal("4", (string?)created["goals"]![0]!["indicators"]![0]!["target"]);
        Assert.Equal(["NotStarted", "NotStarted", "NotStarted"], created["followUps"]!.AsArray().Select(f => (string)f!["status"]!));
        var read = await (await api.GetAsync($"/api/plans/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(created.ToJsonString(), read.ToJsonString());
        var years = (await api.GetFromJsonAsync<JsonArray>("/api/plans"))!.Select(p => (int)p!["year"]!).Order();
        Assert.Equal([2022, 2023], years);

        var replaced = await (await api.PutJsonAsync($"/api/plans/{id}", Plan2023.Replace("Verksamhetsplan 2023", "Reviderad plan 2023"))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Reviderad plan 2023", (string?)replaced["title"]);
        Assert.Equal((string?)created["createdAt"], (string?)replaced["createdAt"]);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/plans/{id}")).StatusCode);
        var gone = await (await api.GetAsync($"/api/plans/{id}")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Contains($"Verksamhetsplanen '{id}' finns inte.", (string?)gone["detail"]);
    }

    [Fact]
    public async Task Should_ListEveryProblemAndSaveNothing_When_ThePlanIsInvalid()
    {
        using var api = host.CreateCoordinatorClient();
        var before = (await api.GetFromJsonAsync<JsonArray>("/api/plans"))!.Count;

        var detail = await (await api.PostJsonAsync("/api/plans",
            """{"year":1999,"title":"","goals":[{"title":"Mål","owner":"inte-en-adress","indicators":[{"name":"Antal","source":"Gissning"}]}]}"""))
            .ExpectInvalidAsync("Verksamhetsplanen har");

        Assert.Contains("mellan 2000 och 2100", detail);
        Assert.Contains("varken en e-postadress eller en roll", detail);
        Assert.Contains("okänd källa (source) 'Gissning'", detail);
        await (await api.PostJsonAsync("/api/plans", "{\"year\":")).ExpectInvalidAsync("");
        Assert.Equal(before, (await api.GetFromJsonAsync<JsonArray>("/api/plans"))!.Count);
    }

    [Fact]
    public async Task Should_Conflict_When_TheYearHasAPlanAlready()
    {
        using var api = host.CreateCoordinatorClient();
        var id = (string)(await (await api.PostJsonAsync("/api/plans", Plan2023)).ExpectAsync(HttpStatusCode.Created))["id"]!;

        var again = await (await api.PostJsonAsync("/api/plans", Plan2023)).ExpectAsync(HttpStatusCode.Conflict);
        var moved = await (await api.PutJsonAsync($"/api/plans/{id}", Plan2023.Replace("\"year\":2023", "\"year\":2022"))).ExpectAsync(HttpStatusCode.Conflict);

        Assert.Contains("Det finns redan en verksamhetsplan för 2023.", (string?)again["detail"]);
        Assert.Contains("Det finns redan en verksamhetsplan för 2022.", (string?)moved["detail"]);
        Assert.Equal(2023, (int)(await (await api.GetAsync($"/api/plans/{id}")).ExpectAsync(HttpStatusCode.OK))["year"]!);
    }

    [Fact]
    public async Task Should_KeepThePlanAndItsYear_When_ItHasBeenFollowedUp()
    {
        using var api = host.CreateCoordinatorClient();
        var id = (string)(await (await api.PostJsonAsync("/api/plans", Plan2023)).ExpectAsync(HttpStatusCode.Created))["id"]!;
        MoveTo(host, Stockholm(2023, 5, 2, 7));
        Assert.True(await RunJobAsync(host) > 0);

        var delete = await (await api.DeleteAsync($"/api/plans/{id}")).ExpectAsync(HttpStatusCode.Conflict);
        var move = await (await api.PutJsonAsync($"/api/plans/{id}", Plan2023.Replace("\"year\":2023", "\"year\":2024"))).ExpectAsync(HttpStatusCode.Conflict);

        Assert.Contains("Planen har uppföljningar och kan inte tas bort.", (string?)delete["detail"]);
        Assert.Contains("Året kan inte ändras", (string?)move["detail"]);
        var plan = await (await api.GetAsync($"/api/plans/{id}")).ExpectAsync(HttpStatusCode.OK);
        var first = plan["followUps"]![0]!;
        Assert.Equal(("2023-T1", "Open", 0, 2), ((string?)first["tertial"], (string?)first["status"], (int)first["answered"]!, (int)first["total"]!));
        Assert.Equal(2023, (int)plan["year"]!);
        var report = await (await api.GetAsync($"/api/plans/{id}/reports/2023-T1")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Contains("inte sammanställd ännu", (string?)report["detail"]);
    }

    [Fact]
    public async Task Should_AnswerInSwedish_When_TheTertialOrPlanIsUnknown()
    {
        using var api = host.CreateCoordinatorClient();
        var id = (string)(await api.GetFromJsonAsync<JsonArray>("/api/plans"))![0]!["id"]!;

        await (await api.GetAsync($"/api/plans/{id}/reports/2022-T4")).ExpectInvalidAsync("Okänd tertial '2022-T4'. Skriv t.ex. 2022-T1.");
        var none = await (await api.GetAsync($"/api/plans/{id}/reports/2022-T2")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Contains("har ingen uppföljning för", (string?)none["detail"]);
        await (await api.PutJsonAsync("/api/plans/saknas", Plan2023)).ExpectAsync(HttpStatusCode.NotFound);
        await (await api.DeleteAsync("/api/plans/saknas")).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_AnswerUnauthorized_When_Anonymous()
    {
        using var anonymous = host.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/plans", Plan2023)).StatusCode);
    }
}
