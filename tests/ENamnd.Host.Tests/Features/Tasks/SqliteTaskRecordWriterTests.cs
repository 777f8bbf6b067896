using ENamnd.Persistence;
using Microsoft.Data.Sqlite;

namespace ENamnd.Host.Tests.Features.Tasks;

public sealed class SqliteTaskRecordWriterTests : TaskRecordWriterContractTests
{
    protected override Task<DatabaseSettings> DatabaseAsync() =>
        Task.FromResult(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(DataDirectory, "tasks.db")}"));

    public override async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await base.DisposeAsync();
    }
}
