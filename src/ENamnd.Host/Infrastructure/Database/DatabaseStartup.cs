using System.Data.Common;
using ENamnd.Persistence;
using Npgsql;

namespace ENamnd.Host.Infrastructure.Database;

/// <summary>Prepares the database before the host serves: creates or migrates the schema, with a readable error when it cannot.</summary>
public static class DatabaseStartup
{
    /// <summary>
    /// Migrates the schema (as the owner when <c>ConnectionStrings:PostgresOwner</c> is set); false (after a clear message)
    /// when the database cannot be reached or used. Warns when the host's own PostgreSQL role could rewrite the evidence.
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        if (settings is { Provider: DatabaseProvider.Sqlite, OwnerConnectionString: not null })
        {
            logger.LogCritical("Databasen kan inte användas: ConnectionStrings:" + DatabaseSettings.PostgresOwnerKey + " är satt men inte ConnectionStrings:" +
                DatabaseSettings.PostgresKey + "; ägarrollen finns bara för PostgreSQL.");
            return false;
        }
        var setting = DatabaseSettings.PostgresKey;
        try
        {
            if (settings.Provider == DatabaseProvider.Postgres)
            {
                await using (await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(app.Lifetime.ApplicationStopping)) { }
                if (settings.OwnerConnectionString is { } owner)
                {
                    // A refused login names the setting that holds it.
                    setting = DatabaseSettings.PostgresOwnerKey;
                    await using (var connection = new NpgsqlConnection(owner)) await connection.OpenAsync(app.Lifetime.ApplicationStopping);
                    setting = DatabaseSettings.PostgresKey;
                }
            }
            else
                Directory.CreateDirectory(Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource)!);
            var applied = await app.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
            logger.LogInformation("Database ready ({Provider}); {Applied} migration(s) applied", settings.Provider, applied);
            if (settings.Provider == DatabaseProvider.Postgres) await WarnIfEvidenceIsRewritableAsync(app, logger);
            return true;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            logger.LogCritical("Databasen kan inte användas: {Reason}", Describe(e, $"ConnectionStrings:{setting}"));
            return false;
        }
    }

    // Checked every start, as the role the host works as: a role that can rewrite decisions, audit records or the chain
    // makes the chain the only guard left, so the host says so rather than refusing to run.
    private static async Task WarnIfEvidenceIsRewritableAsync(WebApplication app, ILogger logger)
    {
        var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
        var (role, tables) = await PostgresRoles.RewritableEvidenceAsync(dataSource, app.Lifetime.ApplicationStopping);
        if (tables.Count == 0) return;
        logger.LogWarning(
            "The host's database role {Role} can rewrite evidence: it owns, or may update, delete or truncate, {Tables}. Let the owner migrate " +
            "(ConnectionStrings:" + DatabaseSettings.PostgresOwnerKey + ") and the host work as a role that may only insert and read them; see the README, PostgreSQL roles",
            role, tables);
    }

    private static string Describe(Exception e, string setting) => Innermost(e) switch
    {
        PostgresException { SqlState: "28P01" or "28000" } => $"inloggningen till PostgreSQL nekades (fel användarnamn eller lösenord i {setting}).",
        PostgresException { SqlState: "3D000" } => $"databasen i {setting} finns inte.",
        NpgsqlException { InnerException: System.Net.Sockets.SocketException } or NpgsqlException { InnerException: TimeoutException } =>
            $"PostgreSQL-servern i {setting} svarar inte (fel värd eller port, eller servern är nere).",
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
