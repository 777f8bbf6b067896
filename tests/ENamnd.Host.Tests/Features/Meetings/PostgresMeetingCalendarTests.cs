using ENamnd.Persistence;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>The meeting calendar contract on PostgreSQL.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresMeetingCalendarTests(PostgresFixture postgres) : MeetingCalendarContract
{
    protected override async Task<MeetingHarness> StartHarnessAsync(DateTimeOffset now) =>
        await MeetingHarness.StartAsync(new DatabaseSettings(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("meetings")), now);
}
