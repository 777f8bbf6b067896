using Microsoft.Data.Sqlite;

namespace ENamnd.Persistence.Tests;

/// <summary>The observer on SQLite: a file of its own per test.</summary>
public sealed class SqliteStepTransactionObserverTests : StepTransactionObserverTests
{
    private readonly string directory = Directory.CreateTempSubdirectory("enamnd-sqlite-").FullName;

    protected override Task<DatabaseSettings> DatabaseAsync() =>
        Task.FromResult(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "observer.db")}"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
