using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;
using Xunit.Abstractions;

namespace ENamnd.Host.Tests.Integration.BadInput;

/// <summary>Generated bad bodies against every endpoint on PostgreSQL, which refuses a NUL in text that SQLite keeps.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresBadInputTests(PostgresFixture postgres, ITestOutputHelper output) : IAsyncLifetime
{
    private BadInputHost? host;

    public async Task InitializeAsync() => host = new BadInputHost(await postgres.CreateDatabaseAsync("badinput"));

    public Task DisposeAsync()
    {
        host?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public Task Should_NeverFailOrChangeAnything_When_BodiesAreBad() => BadInputSuite.RunAsync(host!, casesPerEndpoint: 20, output);

    [Fact]
    public async Task Should_Answer400AndKeepTheCaseWhole_When_ANulReachesCaseCreationOrCancellation()
    {
        using var coordinator = host!.CreateCoordinatorClient();
        using var withNul = new StringContent("""{"title":"E-arkiv\u0000","caseNumber":"2031/3-2.2.0.1","initiatingMunicipalities":["Luleå","Boden"]}""", System.Text.Encoding.UTF8, "application/json");
        using var valid = new StringContent("""{"title":"E-arkiv","caseNumber":"2031/3-2.2.0.1","initiatingMunicipalities":["Luleå","Boden"]}""", System.Text.Encoding.UTF8, "application/json");
        using var nulReason = new StringContent("""{"reason":"Dras tillbaka\u0000"}""", System.Text.Encoding.UTF8, "application/json");

        // PostgreSQL refuses a NUL in text (22021): it used to give a 500, and then a false 409 for the same number.
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await coordinator.PostAsync("/api/cases", withNul)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Created, (await coordinator.PostAsync("/api/cases", valid)).StatusCode);
        // It used to cancel the process and leave the case row without its date and reason.
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await coordinator.PostAsync("/api/cases/2031%2F3-2.2.0.1/cancel", nulReason)).StatusCode);
        var found = System.Text.Json.Nodes.JsonNode.Parse(await coordinator.GetStringAsync("/api/cases/2031%2F3-2.2.0.1"))!;
        Assert.Equal("Running", (string?)found["status"]);
    }
}
