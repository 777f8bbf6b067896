using ENamnd.Persistence;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Host.Tests.Features.Tasks;

[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresTaskRecordWriterTests(PostgresFixture postgres) : TaskRecordWriterContractTests
{
    protected override async Task<DatabaseSettings> DatabaseAsync() =>
        new(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("tasks"));
}
