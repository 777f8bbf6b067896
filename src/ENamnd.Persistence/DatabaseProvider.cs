namespace ENamnd.Persistence;

/// <summary>Which database holds the host's data.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: a SQLite file in the data directory, one host.</summary>
    Sqlite,

    /// <summary>PostgreSQL: production, one or more hosts.</summary>
    Postgres,
}
