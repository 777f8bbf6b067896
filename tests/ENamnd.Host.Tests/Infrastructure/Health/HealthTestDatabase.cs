using ENamnd.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Infrastructure.Health;

/// <summary>A migrated SQLite database of its own for a health check test, removed on dispose.</summary>
internal sealed class HealthTestDatabase : IAsyncDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("enamnd-health-").FullName;
    private readonly ServiceProvider services;

    private HealthTestDatabase()
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "enamnd.db")}");
        services = new ServiceCollection().AddLogging().AddENamndPersistence(settings).BuildServiceProvider();
    }

    public IServiceProvider Services => services;

    public IDbContextFactory<ENamndDbContext> Contexts => services.GetRequiredService<IDbContextFactory<ENamndDbContext>>();

    public static async Task<HealthTestDatabase> CreateAsync()
    {
        var database = new HealthTestDatabase();
        await database.services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
