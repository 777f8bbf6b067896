using System.Data.Common;
using ENamnd.Persistence;
using Npgsql;

namespace ENamnd.Host.Infrastructure.Database;

/// <summary>Prepares the database before the host serves: creates or migrates the schema, with a readable error when it cannot.</summary>
public static class DatabaseStartup
{
    /// <summary>Migrates the schema; false (after a clear message) when the database cannot be reached or used.</summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        try
        {
            if (settings.Provider == DatabaseProvider.Postgres)
                await using (await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(app.Lifetime.ApplicationStopping)) { }
            else
                Directory.CreateDirectory(Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource)!);
            var applied = await app.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
            logger.LogInformation("Database ready ({Provider}); {Applied} migration(s) applied", settings.Provider, applied);
            return true;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            logger.LogCritical("Databasen kan inte användas: {Reason}", Describe(e));
            return false;
        }
    }

    private static string Describe(Exception e) => Innermost(e) switch
    {
        PostgresException { SqlState: "28P01" or "28000" } => "inloggningen till PostgreSQL nekades (fel användarnamn eller lösenord i ConnectionStrings:Postgres).",
        PostgresException { SqlState: "3D000" } => "databasen i ConnectionStrings:Postgres finns inte.",
        NpgsqlException { InnerException: System.Net.Sockets.SocketException } or NpgsqlException { InnerException: TimeoutException } =>
            "PostgreSQL-servern i ConnectionStrings:Postgres svarar inte (fel värd eller port, eller servern är nere).",
        var other => $"{other.GetType().Name}: {other.Message}",
    };

    // EF wraps provider errors (e.g. in its retry strategy); the provider's own exception says what is wrong.
    private static Exception Innermost(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException) return current;
        }
        return e;
    }
}
