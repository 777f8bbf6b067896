using ENamnd.Persistence;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Host.Tests.Features.Participants;

/// <summary>The directory contract on PostgreSQL (a throwaway server shared by the collection, a database of its own).</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresParticipantDirectoryTests(PostgresFixture postgres) : ParticipantDirectoryContract
{
    protected override async Task<DirectoryHarness> StartHarnessAsync() =>
        await DirectoryHarness.StartAsync(new DatabaseSettings(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("directory")));
}
