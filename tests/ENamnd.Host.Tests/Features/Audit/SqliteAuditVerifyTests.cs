using System.Data.Common;
using ENamnd.Host.Tests.Features.Tasks;
using Microsoft.Data.Sqlite;

namespace ENamnd.Host.Tests.Features.Audit;

/// <summary>The evidence chain's verification on the embedded default, SQLite, where whoever can write the file is its owner.</summary>
public sealed class SqliteAuditVerifyTests : AuditVerifyContract
{
    /// <inheritdoc />
    protected override IReadOnlyList<string> TruncateDecisions { get; } = ["DROP TRIGGER decisions_no_delete", "DELETE FROM decisions"];

    /// <inheritdoc />
    protected override Task<TaskHostFactory> CreateHostAsync() => Task.FromResult(new TaskHostFactory());

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsOwnerAsync()
    {
        var connection = new SqliteConnection($"Data Source={Host.SqliteFile};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    /// <inheritdoc />
    protected override string LiftTrigger(string table, string trigger) => $"DROP TRIGGER {trigger}";

    /// <inheritdoc />
    protected override string Instant(DateTimeOffset value) => value.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
