using Xunit;

namespace ENamnd.TestSupport.Postgres;

/// <summary>
/// One <see cref="PostgresServer"/> shared by the test classes of a collection; each class creates
/// its own database. xunit only honours collection definitions in the test assembly itself, so each
/// assembly declares
/// <c>[CollectionDefinition(PostgresFixture.CollectionName)] public sealed class PostgresCollection : ICollectionFixture&lt;PostgresFixture&gt;;</c>
/// and marks its classes <c>[Collection(PostgresFixture.CollectionName)]</c>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    /// <summary>The collection name the test assemblies use.</summary>
    public const string CollectionName = "PostgreSQL";

    private PostgresServer? server;

    /// <summary>The running server.</summary>
    public PostgresServer Server => server ?? throw new InvalidOperationException("The PostgreSQL fixture has not been initialised.");

    /// <summary>A connection string for the superuser and the database <c>postgres</c>.</summary>
    public string ConnectionString => Server.ConnectionString;

    /// <summary>Creates a fresh database named after <paramref name="prefix"/> and returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(string prefix = "test") => Server.CreateUniqueDatabaseAsync(prefix);

    /// <inheritdoc />
    public async Task InitializeAsync() => server = await PostgresServer.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
    }
}
