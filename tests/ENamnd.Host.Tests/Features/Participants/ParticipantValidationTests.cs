using System.Net;
using ENamnd.Host.Features.Participants;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Participants;

/// <summary>Every invalid participant is refused with a Swedish 400 and nothing is saved.</summary>
public sealed class ParticipantValidationTests(UnseededHostFactory factory) : IClassFixture<UnseededHostFactory>, IAsyncLifetime
{
    private const string Existing = "befintlig@example.org";
    private string existingId = "";

    private EfParticipantDirectory Directory => factory.Host.Services.GetRequiredService<EfParticipantDirectory>();

    public async Task InitializeAsync()
    {
        using var client = factory.CreateCoordinatorClient();
        existingId = (await Directory.FindByEmailAsync(Existing))?.Id ?? (string)(await (await client.PostJsonAsync("/api/participants",
            $$"""{"name":"Befintlig Exempel","email":"{{Existing}}","municipality":"Kalix","roles":[{"role":"beredningsgrupp"}]}""")).ExpectAsync(HttpStatusCode.Created))["id"]!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("""{"email":"ny1@example.org"}""", "Namn saknas.")]
    [InlineData("""{"name":"   ","email":"ny1@example.org"}""", "Namn saknas.")]
    [InlineData("""{"name":"Ny"}""", "E-postadress saknas.")]
    [InlineData("""{"name":"Ny","email":"inte-en-adress"}""", "Ogiltig e-postadress: 'inte-en-adress'.")]
    [InlineData("""{"name":"Ny","email":"Ny Person <ny1@example.org>"}""", "Ogiltig e-postadress")]
    [InlineData("""{"name":"Ny","email":"BEFINTLIG@Example.org"}""", "E-postadressen 'BEFINTLIG@Example.org' används redan av en annan deltagare.")]
    [InlineData("""{"name":"Ny","email":"ny1@example.org","municipality":"Stockholm"}""", "Okänd kommun: 'Stockholm'.")]
    [InlineData("""{"name":"Ny","email":"ny1@example.org","roles":[{"role":"kassör"}]}""", "Okänd roll: 'kassör'.")]
    [InlineData("""{"name":"Ny","email":"ny1@example.org","roles":[{"caseNumber":"2022/1-2.2.0.1"}]}""", "En roll saknar namn (role).")]
    [InlineData("""{"name":"Ny","email":"ny1@example.org","roles":[{"role":"ledamot"}]}""", "Rollen ledamot kräver en kommun (municipality).")]
    [InlineData("""{"name":"Ny","email":"ny1@example.org","roles":[{"role":"ersattare"}]}""", "Rollen ersättare kräver en kommun (municipality).")]
    [InlineData("""{"name":"Ny","email":"ny1@example.org","roles":[{"role":"beredningsgrupp"}]}""", "Rollen beredningsgrupp kräver en kommun (municipality).")]
    [InlineData("""{"name":"Ny","email":"ny1@example.org","substituteId":"finns-inte"}""", "Ersättaren 'finns-inte' (substituteId) finns inte.")]
    [InlineData("""{"name":"Ny","email":"ny1@example.org",""", "Begäran är inte giltig JSON")]
    [InlineData("""{"name":"Ny","email":"ny1@example.org","roles":"ledamot"}""", "fel typ (vid $.roles)")]
    [InlineData("""null""", "Begäran saknar innehåll.")]
    public async Task Should_RefuseAndSaveNothing_When_ParticipantInvalid(string json, string message)
    {
        using var client = factory.CreateCoordinatorClient();
        var before = await SnapshotAsync();

        await (await client.PostJsonAsync("/api/participants", json)).ExpectInvalidAsync(message);

        Assert.Equal(before, await SnapshotAsync());
        Assert.Null(await Directory.FindByEmailAsync("ny1@example.org"));
    }

    [Fact]
    public async Task Should_ReportEveryError_When_SeveralFieldsInvalid()
    {
        using var client = factory.CreateCoordinatorClient();

        var problem = await (await client.PostJsonAsync("/api/participants", """{"email":"fel","municipality":"Oslo","roles":[{"role":"kung"}]}""")).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["Namn saknas.", "Ogiltig e-postadress: 'fel'.", "Okänd kommun: 'Oslo'.", "Okänd roll: 'kung'."],
            problem.Errors());
    }

    [Fact]
    public async Task Should_RefuseWithoutJsonContentType_When_Posted()
    {
        using var client = factory.CreateCoordinatorClient();

        var response = await client.PostAsync("/api/participants", new StringContent("""{"name":"Ny","email":"ny1@example.org"}"""));

        await response.ExpectInvalidAsync("Begäran måste vara JSON");
        Assert.Null(await Directory.FindByEmailAsync("ny1@example.org"));
    }

    [Theory]
    [InlineData("""{"name":"Befintlig Exempel","email":"befintlig@example.org","municipality":"Kalix","roles":[{"role":"beredningsgrupp"}],"substituteId":"{self}"}""", "En deltagare kan inte vara sin egen ersättare (substituteId).")]
    [InlineData("""{"name":"","email":"annan@example.org","municipality":"Kalix"}""", "Namn saknas.")]
    [InlineData("""{"name":"Befintlig Exempel","email":"befintlig@example.org","roles":[{"role":"beredningsgrupp"}]}""", "Rollen beredningsgrupp kräver en kommun (municipality).")]
    [InlineData("""{"name":"Befintlig Exempel","email":"befintlig@example.org","municipality":"Kalix","roles":[{"role":"okänd"}]}""", "Okänd roll: 'okänd'.")]
    public async Task Should_RefuseAndKeepParticipant_When_ReplacementInvalid(string json, string message)
    {
        using var client = factory.CreateCoordinatorClient();
        var before = await SnapshotAsync();

        await (await client.PutJsonAsync($"/api/participants/{existingId}", json.Replace("{self}", existingId, StringComparison.Ordinal))).ExpectInvalidAsync(message);

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Should_RefuseAddressOfAnother_When_Replaced()
    {
        using var client = factory.CreateCoordinatorClient();
        var other = (string)(await (await client.PostJsonAsync("/api/participants", """{"name":"Annan","email":"annan.put@example.org"}""")).ExpectAsync(HttpStatusCode.Created))["id"]!;

        await (await client.PutJsonAsync($"/api/participants/{other}", """{"name":"Annan","email":"Befintlig@example.org"}""")).ExpectInvalidAsync("används redan");

        Assert.Equal("annan.put@example.org", (await Directory.FindByIdAsync(other))!.Email);
    }

    [Fact]
    public async Task Should_KeepOwnAddress_When_ReplacedWithOtherLetterCase()
    {
        using var client = factory.CreateCoordinatorClient();
        var id = (string)(await (await client.PostJsonAsync("/api/participants", """{"name":"Egen","email":"egen@example.org"}""")).ExpectAsync(HttpStatusCode.Created))["id"]!;

        await (await client.PutJsonAsync($"/api/participants/{id}", """{"name":"Egen","email":"Egen@Example.org"}""")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Egen@Example.org", (await Directory.FindByIdAsync(id))!.Email);
    }

    // Everything the directory holds, as text, so two readings compare field by field.
    private async Task<List<string>> SnapshotAsync() =>
        [.. (await Directory.ListAsync()).Select(p => $"{p.Id}|{p.Name}|{p.Email}|{p.MunicipalityCode}|{p.SubstituteId}|{string.Join(",", p.Roles)}")];
}
