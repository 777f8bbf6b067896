using Microsoft.Data.Sqlite;

namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>Migration 0035 on SQLite: a file of its own per test.</summary>
public sealed class SqliteEarliestDeadlineMigrationTests : EarliestDeadlineMigrationContract, IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("enamnd-0035-").FullName;

    protected override Task<PersistenceHarness> StartAsync() =>
        PersistenceHarness.StartAsync(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "migration.db")}"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
