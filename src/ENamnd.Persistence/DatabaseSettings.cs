namespace ENamnd.Persistence;

/// <summary>The database the host uses, decided from configuration at start-up.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>PostgreSQL when <c>ConnectionStrings:Postgres</c> is set, else SQLite in the data directory.</summary>
    public static DatabaseSettings From(IConfiguration configuration, string dataDirectory)
    {
        var postgres = configuration.GetConnectionString("Postgres");
        return string.IsNullOrWhiteSpace(postgres)
            ? new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataDirectory, "enamnd.db")}")
            : new DatabaseSettings(DatabaseProvider.Postgres, postgres);
    }
}
