using Microsoft.Data.Sqlite;

namespace ENamnd.Persistence.Tests.Evidence;

/// <summary>The evidence chain on SQLite (a file of its own per test).</summary>
public sealed class SqliteEvidenceChainTests : EvidenceChainContract
{
    private readonly string directory = Directory.CreateTempSubdirectory("enamnd-evidence-").FullName;

    protected override Task<DatabaseSettings> DatabaseAsync() =>
        Task.FromResult(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "enamnd.db")}"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
