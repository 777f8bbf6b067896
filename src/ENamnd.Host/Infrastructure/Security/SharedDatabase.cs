using ENamnd.Persistence;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Whether the host keeps the secrets it shares with other hosts (data-protection keys, session stamp) in the database.</summary>
internal static class SharedDatabase
{
    /// <summary>True on PostgreSQL, where several hosts may share one database; on SQLite they stay in the data directory.</summary>
    public static bool HoldsSecrets(IServiceProvider services) =>
        services.GetService<DatabaseSettings>()?.Provider == DatabaseProvider.Postgres;
}
