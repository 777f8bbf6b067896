using System.Net;

namespace ENamnd.Host.Tests.Features.Participants;

/// <summary>People saved through the API are in the database, not in memory: they outlive the host process.</summary>
public sealed class DirectoryPersistenceTests(UnseededHostFactory factory) : IClassFixture<UnseededHostFactory>
{
    [Fact]
    public async Task Should_StartEmpty_When_DemoSeedingSwitchedOff()
    {
        using var client = factory.CreateCoordinatorClient();

        var all = await (await client.GetAsync("/api/participants?municipality=Kalix")).ExpectAsync(HttpStatusCode.OK);

        Assert.Empty(all.AsArray());
    }

    [Fact]
    public async Task Should_KeepParticipant_When_HostRestartedOnTheSameDataDirectory()
    {
        string id;
        using (var client = factory.CreateCoordinatorClient())
        {
            id = (string)(await (await client.PostJsonAsync("/api/participants",
                """{"name":"Bestående Exempel","email":"bestaende@example.org","municipality":"Boden","roles":[{"role":"styrgrupp","caseNumber":"2022/3-2.2.0.1"}]}"""))
                .ExpectAsync(HttpStatusCode.Created))["id"]!;
        }

        factory.Restart();

        using var after = factory.CreateCoordinatorClient();
        var found = await (await after.GetAsync("/api/participants/lookup?role=styrgrupp&caseNumber=2022/3-2.2.0.1")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([id], found["participants"]!.AsArray().Select(p => (string?)p!["id"]));
    }
}
