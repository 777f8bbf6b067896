using System.Net;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Features.Participants;

/// <summary>Creating, reading, replacing and deleting participants, and looking roles up, through the coordinator API.</summary>
public sealed class ParticipantEndpointsTests(UnseededHostFactory factory) : IClassFixture<UnseededHostFactory>
{
    [Fact]
    public async Task Should_CreateAndReturnParticipant_When_Valid()
    {
        using var client = factory.CreateCoordinatorClient();

        var response = await client.PostJsonAsync("/api/participants", """
            {"name":"Kim Exempel","email":"kim.exempel@example.org","municipality":"Luleå",
             "roles":[{"role":"beredningsgrupp"},{"role":"styrgrupp","caseNumber":"2022/1-2.2.0.1"}]}
            """);

        var created = await response.ExpectAsync(HttpStatusCode.Created);
        var id = (string)created["id"]!;
        Assert.Equal($"/api/participants/{id}", response.Headers.Location?.OriginalString);
        var read = await (await client.GetAsync($"/api/participants/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(("Kim Exempel", "kim.exempel@example.org", "2580", "Luleå"),
            ((string?)read["name"], (string?)read["email"], (string?)read["municipalityCode"], (string?)read["municipalityName"]));
        Assert.Equal("""[{"role":"beredningsgrupp","caseNumber":null},{"role":"styrgrupp","caseNumber":"2022/1-2.2.0.1"}]""", read["roles"]!.ToJsonString());
        Assert.Null((string?)read["substituteId"]);
    }

    [Fact]
    public async Task Should_AcceptEnumRoleNamesAndMunicipalityCode_When_Created()
    {
        using var client = factory.CreateCoordinatorClient();

        var created = await (await client.PostJsonAsync("/api/participants", """
            {"name":"Robin Exempel","email":"robin.exempel@example.org","municipality":"2583","roles":[{"role":"Ersattare"},{"role":"ORDFORANDE"}]}
            """)).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("Haparanda", (string?)created["municipalityName"]);
        Assert.Equal(["ersättare", "ordförande"], created["roles"]!.AsArray().Select(r => (string?)r!["role"]));
    }

    [Fact]
    public async Task Should_ReplaceEverything_When_Put()
    {
        using var client = factory.CreateCoordinatorClient();
        var substitute = await CreateAsync(client, """{"name":"Vikarie Exempel","email":"vikarie.put@example.org"}""");
        var id = await CreateAsync(client, """{"name":"Före","email":"fore.put@example.org","municipality":"Kiruna","roles":[{"role":"ledamot"}]}""");

        var replaced = await (await client.PutJsonAsync($"/api/participants/{id}", $$"""
            {"name":"Efter","email":"Efter.Put@example.org","municipality":"Pajala","roles":[{"role":"projektledare","caseNumber":"2022/7-2.2.0.1"}],"substituteId":"{{substitute}}"}
            """)).ExpectAsync(HttpStatusCode.OK);

        var read = await (await client.GetAsync($"/api/participants/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(replaced.ToJsonString(), read.ToJsonString());
        Assert.Equal(("Efter", "Efter.Put@example.org", "2521", substitute),
            ((string?)read["name"], (string?)read["email"], (string?)read["municipalityCode"], (string?)read["substituteId"]));
        Assert.Equal("""[{"role":"projektledare","caseNumber":"2022/7-2.2.0.1"}]""", read["roles"]!.ToJsonString());
    }

    [Fact]
    public async Task Should_AnswerNotFound_When_ReplacingOrDeletingUnknownParticipant()
    {
        using var client = factory.CreateCoordinatorClient();

        var put = await client.PutJsonAsync("/api/participants/finns-inte", """{"name":"X","email":"x.put@example.org"}""");
        var delete = await client.DeleteAsync("/api/participants/finns-inte");
        var get = await client.GetAsync("/api/participants/finns-inte");

        Assert.Equal("Deltagaren 'finns-inte' finns inte.", (string?)(await put.ExpectAsync(HttpStatusCode.NotFound))["detail"]);
        await delete.ExpectAsync(HttpStatusCode.NotFound);
        await get.ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_RemoveParticipant_When_Deleted()
    {
        using var client = factory.CreateCoordinatorClient();
        var id = await CreateAsync(client, """{"name":"Tillfällig","email":"tillfallig@example.org","municipality":"Jokkmokk","roles":[{"role":"ersättare"}]}""");

        await (await client.DeleteAsync($"/api/participants/{id}")).ExpectAsync(HttpStatusCode.NoContent);

        await (await client.GetAsync($"/api/participants/{id}")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Empty((await List(client, "?role=ersättare&municipality=Jokkmokk")));
    }

    [Fact]
    public async Task Should_RefuseDelete_When_SomeoneHasTheParticipantAsSubstitute()
    {
        using var client = factory.CreateCoordinatorClient();
        var substitute = await CreateAsync(client, """{"name":"Ersättare Arvidsjaur","email":"ersattare.del@example.org","municipality":"Arvidsjaur","roles":[{"role":"ersättare"}]}""");
        var member = await CreateAsync(client, $$"""{"name":"Ledamot Arvidsjaur","email":"ledamot.del@example.org","municipality":"Arvidsjaur","roles":[{"role":"ledamot"}],"substituteId":"{{substitute}}"}""");

        var problem = await (await client.DeleteAsync($"/api/participants/{substitute}")).ExpectAsync(HttpStatusCode.Conflict);

        Assert.Contains(member, (string?)problem["detail"], StringComparison.Ordinal);
        await (await client.GetAsync($"/api/participants/{substitute}")).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_FilterList_When_RoleMunicipalityOrCaseGiven()
    {
        using var client = factory.CreateCoordinatorClient();
        var member = await CreateAsync(client, """{"name":"Ledamot Överkalix","email":"ledamot.list@example.org","municipality":"2513","roles":[{"role":"ledamot"},{"role":"styrgrupp","caseNumber":"2022/9-2.2.0.1"}]}""");
        var other = await CreateAsync(client, """{"name":"Ledamot Arjeplog","email":"arjeplog.list@example.org","municipality":"Arjeplog","roles":[{"role":"ledamot"}]}""");

        Assert.Equal([member], await List(client, "?role=ledamot&municipality=Överkalix"));
        Assert.Equal([member], await List(client, "?caseNumber=2022/9-2.2.0.1"));
        Assert.Equal([other], await List(client, "?municipality=2506"));
        Assert.Contains(member, await List(client, "?role=Styrgrupp"));
        Assert.Contains(other, await List(client, ""));
    }

    [Theory]
    [InlineData("?role=kassör", "Okänd roll: 'kassör'.")]
    [InlineData("?municipality=Stockholm", "Okänd kommun: 'Stockholm'.")]
    public async Task Should_AnswerBadRequest_When_ListFilterUnknown(string query, string message)
    {
        using var client = factory.CreateCoordinatorClient();

        await (await client.GetAsync($"/api/participants{query}")).ExpectInvalidAsync(message);
    }

    [Fact]
    public async Task Should_FindTheRepresentativeOfAMunicipality_When_LookingUpRoleAndMunicipality()
    {
        using var client = factory.CreateCoordinatorClient();
        var kalix = await CreateAsync(client, """{"name":"Representant Kalix","email":"beredning.kalix.lookup@example.org","municipality":"Kalix","roles":[{"role":"beredningsgrupp"}]}""");
        await CreateAsync(client, """{"name":"Representant Boden","email":"beredning.boden.lookup@example.org","municipality":"Boden","roles":[{"role":"beredningsgrupp"}]}""");
        await CreateAsync(client, """{"name":"Ledamot Kalix","email":"ledamot.kalix.lookup@example.org","municipality":"Kalix","roles":[{"role":"ledamot"}]}""");

        var found = await (await client.GetAsync("/api/participants/lookup?role=beredningsgrupp&municipality=Kalix")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(("beredningsgrupp", "2514"), ((string?)found["role"], (string?)found["municipalityCode"]));
        Assert.Equal([kalix], Ids(found["participants"]!));
    }

    [Fact]
    public async Task Should_FindTheSteeringGroupOfACase_When_LookingUpRoleAndCase()
    {
        using var client = factory.CreateCoordinatorClient();
        var first = await CreateAsync(client, """{"name":"Styr Ett","email":"styr.ett@example.org","roles":[{"role":"styrgrupp","caseNumber":"2022/1-2.2.0.1"}]}""");
        var second = await CreateAsync(client, """{"name":"Styr Två","email":"styr.tva@example.org","municipality":"Piteå","roles":[{"role":"styrgrupp","caseNumber":"2022/1-2.2.0.1"}]}""");
        await CreateAsync(client, """{"name":"Styr Annat","email":"styr.annat@example.org","roles":[{"role":"styrgrupp","caseNumber":"2022/2-2.2.0.1"}]}""");

        var found = await (await client.GetAsync("/api/participants/lookup?role=styrgrupp&caseNumber=2022/1-2.2.0.1")).ExpectAsync(HttpStatusCode.OK);
        var withoutCase = await client.GetAsync("/api/participants/lookup?role=styrgrupp");

        Assert.Equal([first, second], Ids(found["participants"]!));
        Assert.Equal("2022/1-2.2.0.1", (string?)found["caseNumber"]);
        // A case's steering group is not everybody's: without the case, nobody holds the role.
        Assert.Equal("Ingen person har rollen styrgrupp.", (string?)(await withoutCase.ExpectAsync(HttpStatusCode.NotFound))["detail"]);
    }

    [Theory]
    [InlineData("", "Ange en roll (role).")]
    [InlineData("?role=kassör", "Okänd roll: 'kassör'.")]
    [InlineData("?role=ledamot&municipality=Umeå", "Okänd kommun: 'Umeå'.")]
    public async Task Should_AnswerBadRequest_When_LookupIsIncomplete(string query, string message)
    {
        using var client = factory.CreateCoordinatorClient();

        await (await client.GetAsync($"/api/participants/lookup{query}")).ExpectInvalidAsync(message);
    }

    [Fact]
    public async Task Should_AnswerNotFoundInSwedish_When_NobodyHoldsTheRole()
    {
        using var client = factory.CreateCoordinatorClient();

        var problem = await (await client.GetAsync("/api/participants/lookup?role=upphandlare&municipality=Älvsbyn")).ExpectAsync(HttpStatusCode.NotFound);

        Assert.Equal("Ingen person har rollen upphandlare (Älvsbyn).", (string?)problem["detail"]);
    }

    private static async Task<string> CreateAsync(HttpClient client, string json) =>
        (string)(await (await client.PostJsonAsync("/api/participants", json)).ExpectAsync(HttpStatusCode.Created))["id"]!;

    private static async Task<List<string>> List(HttpClient client, string query) =>
        Ids(await (await client.GetAsync($"/api/participants{query}")).ExpectAsync(HttpStatusCode.OK));

    private static List<string> Ids(JsonNode list) => [.. list.AsArray().Select(p => (string)p!["id"]!)];
}
