using System.Reflection;
using ENamnd.Persistence.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ENamnd.Persistence;

/// <summary>
/// Applies the embedded, numbered SQL migrations of the provider that are not yet applied, each in
/// its own transaction, and records them in <c>schema_migrations</c>. On PostgreSQL an advisory
/// lock keeps two hosts starting at once from migrating twice; with an owner connection the owner
/// migrates and then grants the host's working role its rights (<see cref="PostgresRoles"/>).
/// </summary>
public sealed class SchemaMigrator(IDbContextFactory<ENamndDbContext> contexts, DatabaseSettings database, TimeProvider clock, ILogger<SchemaMigrator> logger)
{
    private const long MigrationLockKey = 0x454E414D4E44; // "ENAMND"

    private readonly DatabaseProvider provider = database.Provider;

    private readonly DbContextOptions<ENamndDbContext>? ownerOptions = database is { Provider: DatabaseProvider.Postgres, OwnerConnectionString: { } owner }
        ? new DbContextOptionsBuilder<ENamndDbContext>().UseNpgsql(owner).Options
        : null;

    /// <summary>The migrations of the provider, in order: (version, name, SQL).</summary>
    public IReadOnlyList<(int Version, string Name, string Sql)> Migrations { get; } = Load(database.Provider);

    /// <summary>Brings the schema up to date; returns how many migrations were applied.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = ownerOptions is null ? await contexts.CreateDbContextAsync(cancellationToken) : new ENamndDbContext(ownerOptions);
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (provider == DatabaseProvider.Postgres)
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
        else
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL", cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
                cancellationToken);
            var applied = await db.Database.SqlQueryRaw<int>("SELECT version AS \"Value\" FROM schema_migrations").ToListAsync(cancellationToken);
            var count = 0;
            foreach (var (version, name, sql) in Migrations.Where(m => !applied.Contains(m.Version)))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await ExecuteVerbatimAsync(db, transaction, sql, cancellationToken);
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES ({0}, {1}, {2})",
                    [version, name, clock.GetUtcNow().ToString("O")], cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied database migration {Version} {Name} ({Provider})", version, name, provider);
                count++;
            }
            // Every start, not only after a new migration: a grant lost or changed by hand is put right.
            if (ownerOptions is not null && await PostgresRoles.GrantHostRoleAsync(database.OwnerConnectionString!, database.ConnectionString, cancellationToken) is { } role)
                logger.LogInformation("The host's database role {Role} may insert into and read {Tables}, not change them", role, EvidenceTables.AppendOnly);
            return count;
        }
        finally
        {
            if (provider == DatabaseProvider.Postgres)
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
        }
    }

    // A migration's text runs as written: EF's raw SQL would read its braces as placeholders of a format string.
    private static async Task ExecuteVerbatimAsync(ENamndDbContext db, IDbContextTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<(int, string, string)> Load(DatabaseProvider provider)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"{typeof(SchemaMigrator).Namespace}.Migrations.{provider}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[prefix.Length..^4];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (int.Parse(file[..4], System.Globalization.CultureInfo.InvariantCulture), file[5..], reader.ReadToEnd());
            })
            .OrderBy(m => m.Item1)
            .ToList();
    }
}
