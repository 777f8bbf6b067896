namespace ENamnd.Persistence;

/// <summary>
/// The database the host uses, decided from configuration at start-up. On PostgreSQL an optional owner connection
/// (<see cref="OwnerConnectionString"/>) migrates the schema, so the host itself can work as a role that may not rewrite
/// the evidence tables.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string? OwnerConnectionString = null)
{
    /// <summary>The setting of the host's working connection to PostgreSQL.</summary>
    public const string PostgresKey = "Postgres";

    /// <summary>The setting of the schema owner's connection to PostgreSQL.</summary>
    public const string PostgresOwnerKey = "PostgresOwner";

    /// <summary>
    /// PostgreSQL when <c>ConnectionStrings:Postgres</c> is set, else SQLite in the data directory; the owner from
    /// <c>ConnectionStrings:PostgresOwner</c> when that is set (on SQLite it is a mistake the start-up reports).
    /// </summary>
    public static DatabaseSettings From(IConfiguration configuration, string dataDirectory)
    {
        var postgres = configuration.GetConnectionString(PostgresKey);
        var owner = configuration.GetConnectionString(PostgresOwnerKey) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
        return string.IsNullOrWhiteSpace(postgres)
            ? new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataDirectory, "enamnd.db")}", owner)
            : new DatabaseSettings(DatabaseProvider.Postgres, postgres, owner);
    }
}
