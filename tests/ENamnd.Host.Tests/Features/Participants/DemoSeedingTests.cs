using System.Net;
using ENamnd.Activities.People;
using ENamnd.Host.Features.Participants;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Participants;

/// <summary>The host on its embedded SQLite default seeds the demo people once, into the durable directory the engine uses.</summary>
public sealed class DemoSeedingTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    [Fact]
    public void Should_ResolveTheDurableDirectory_When_HostBuilt()
    {
        Assert.IsType<EfParticipantDirectory>(factory.Services.GetRequiredService<IParticipantDirectory>());
    }

    [Fact]
    public async Task Should_SeedDemoPeople_When_HostStartsOnAnEmptyDatabase()
    {
        using var client = factory.CreateCoordinatorClient();

        var all = await (await client.GetAsync("/api/participants")).ExpectAsync(HttpStatusCode.OK);
        var kalix = await (await client.GetAsync("/api/participants/lookup?role=beredningsgrupp&municipality=Kalix")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(45, all.AsArray().Count);
        var representative = kalix["participants"]!.AsArray().Single()!;
        Assert.Equal(("Representant Kalix", "beredning.kalix@example.org"), ((string?)representative["name"], (string?)representative["email"]));
    }

    [Fact]
    public async Task Should_AddNothing_When_SeededAgainOrRestarted()
    {
        var seeded = await factory.Services.GetRequiredService<DemoParticipantSeeder>().SeedAsync();
        using var restarted = factory.WithWebHostBuilder(_ => { });
        using var client = restarted.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("ApiKey", TestHostFactory.ApiKey);

        var all = await (await client.GetAsync("/api/participants")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(0, seeded);
        Assert.Equal(45, all.AsArray().Count);
    }

    [Fact]
    public async Task Should_ResolveRoleRecipientsFromTheDatabase_When_ActivitiesAddressRoles()
    {
        var resolver = factory.Services.GetRequiredService<RecipientResolver>();

        var recipients = await resolver.ResolveAsync("roll:beredningsgrupp@Kalix; roll:ledamot@2580, roll:sekreterare", caseNumber: null);

        Assert.Equal(["beredning.kalix@example.org", "ledamot.lulea@example.org", "sekreterare@example.org"], recipients.Select(r => r.Email));
    }
}
