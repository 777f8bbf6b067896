using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ENamnd.Persistence;

/// <summary>
/// The one way the host does something once: insert a row under a stable key (a ledger key, a case number,
/// an instance id, an item id) in the same transaction as the work it stands for. When the database refuses
/// the key, the work was done before (or by a racing host) and the whole transaction is rolled back; this
/// tells that refusal apart from every other failed save, on SQLite and on PostgreSQL.
/// </summary>
public static class UniqueKeyViolation
{
    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY; other constraints (NOT NULL, FOREIGN KEY) are failures.
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;

    /// <summary>Whether the save failed only because a unique key (primary key or unique index) was taken.</summary>
    public static bool IsUniqueKeyViolation(this DbUpdateException exception) => IsDatabaseUniqueKeyViolation(exception.InnerException);

    /// <summary>
    /// Whether a save or a statement sent directly (an insert from arrays on PostgreSQL) failed only because a unique key
    /// was taken.
    /// </summary>
    public static bool IsUniqueKeyViolation(this Exception exception) =>
        exception is DbUpdateException update ? update.IsUniqueKeyViolation() : IsDatabaseUniqueKeyViolation(exception);

    private static bool IsDatabaseUniqueKeyViolation(Exception? exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
