using Microsoft.Data.Sqlite;

namespace ENamnd.Persistence.Tests.Rows;

/// <summary>The task status column on SQLite (a file of its own per test).</summary>
public sealed class SqliteTaskRowStatusTests : TaskRowStatusContract
{
    private readonly string directory = Directory.CreateTempSubdirectory("enamnd-tasks-").FullName;

    protected override Task<DatabaseSettings> DatabaseAsync() =>
        Task.FromResult(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "enamnd.db")}"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
