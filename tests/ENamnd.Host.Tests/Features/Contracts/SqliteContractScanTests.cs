using ENamnd.Persistence;
using Microsoft.Data.Sqlite;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>Contract monitoring's scan on SQLite.</summary>
public sealed class SqliteContractScanTests : ContractScanContract
{
    private readonly string directory = Directory.CreateTempSubdirectory("enamnd-contractscan-").FullName;

    protected override Task<DatabaseSettings> DatabaseAsync() =>
        Task.FromResult(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "contracts.db")}"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
