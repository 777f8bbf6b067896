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
}
