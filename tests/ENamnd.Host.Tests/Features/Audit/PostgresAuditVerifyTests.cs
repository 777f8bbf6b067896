using System.Data.Common;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;
using Npgsql;

namespace ENamnd.Host.Tests.Features.Audit;

/// <summary>The evidence chain's verification on PostgreSQL, tampered with as the tables' owner (here the superuser the host also works as).</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresAuditVerifyTests(PostgresFixture postgres) : AuditVerifyContract
{
    private string database = "";

    /// <inheritdoc />
    // Row triggers do not fire on TRUNCATE: only the role's rights keep it out (see PostgresHostRoleTests).
    protected override IReadOnlyList<string> TruncateDecisions { get; } = ["TRUNCATE decisions"];

    /// <inheritdoc />
    protected override async Task<TaskHostFactory> CreateHostAsync()
    {
        database = await postgres.CreateDatabaseAsync("audit");
        return new TaskHostFactory { Postgres = database };
    }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsOwnerAsync()
    {
        var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        return connection;
    }

    /// <inheritdoc />
    protected override string LiftTrigger(string table, string trigger) => $"ALTER TABLE {table} DISABLE TRIGGER {trigger}";

    /// <inheritdoc />
    protected override string Instant(DateTimeOffset value) => $"'{value.UtcDateTime:yyyy-MM-dd HH:mm:ss.fff}+00'::timestamptz";
}
