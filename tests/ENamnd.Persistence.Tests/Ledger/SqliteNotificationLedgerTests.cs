
namespace ENamnd.Persistence.Tests.Ledger;

/// <summary>The ledger contract on SQLite (a file of its own per test).</summary>
public sealed class SqliteNotificationLedgerTests : NotificationLedgerContract, IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("enamnd-ledger-").FullName;

    protected override Task<DatabaseSettings> DatabaseAsync() =>
        Task.FromResult(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "enamnd.db")}"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
