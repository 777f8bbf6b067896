using System.Text.Json;
using ENamnd.Activities.Contracts;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>
/// Migration 0035 gives the contracts already stored their earliest deadline, never later than the host computes it
/// (<see cref="ContractSchedule.EarliestDeadline"/>), so monitoring's scan still reads every contract that can be due; on
/// PostgreSQL exactly the host's. Run against each provider by a subclass.
/// </summary>
public abstract class EarliestDeadlineMigrationContract
{
    /// <summary>A migrated database of the provider under test.</summary>
    protected abstract Task<PersistenceHarness> StartAsync();

    [Fact]
    public async Task Should_GiveStoredContractsTheirEarliestDeadline_When_Migration35Runs()
    {
        await using var harness = await StartAsync();
        var contexts = harness.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>();
        ContractRow[] rows =
        [
            Row("a", "2027-12-31", 6, "[]"),
            // Six months back from 31 August is the last day of February.
            Row("b", "2026-08-31", 6, "[]"),
            Row("c", "2027-05-15", 0, "[]"),
            // The open option comes first; the exercised one, earlier, does not count.
            Row("d", "2028-12-31", 3, Options(new ContractOption(12, Day("2027-03-31")), new ContractOption(6, Day("2026-01-15"), ContractOptionStatus.Exercised))),
            // An option stored without a status is open.
            Row("e", "2028-12-31", 3, """[{"extendMonths":12,"decideBy":"2027-01-10"}]"""),
            Row("f", "2029-01-31", 13, Options(new ContractOption(12, Day("2028-11-30"), ContractOptionStatus.Declined))),
        ];
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.AddRange(rows);
            await db.SaveChangesAsync();
            // As before the migration: no column, no index, not applied.
            foreach (var statement in new[] { "DROP INDEX ix_contracts_earliest_deadline", "ALTER TABLE contracts DROP COLUMN earliest_deadline", "DELETE FROM schema_migrations WHERE version = 35" })
                await db.Database.ExecuteSqlRawAsync(statement);
        }

        var applied = await harness.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);

        Assert.Equal(1, applied);
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var migrated = await db.Set<ContractRow>().AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.EarliestDeadline);
            foreach (var row in rows)
            {
                var host = ContractSchedule.EarliestDeadline(row.EndDate, row.NoticePeriodMonths, JsonSerializer.Deserialize<List<ContractOption>>(row.Options, ValueConverter.JsonOptions)!);
                var stored = migrated[row.Id];
                Assert.NotNull(stored);
                Assert.True(stored <= host, $"{row.Id}: {stored} is after {host}");
                if (db.Database.IsNpgsql()) Assert.Equal(host, stored);
            }
        }
    }

    private static ContractRow Row(string id, string end, int notice, string options) => new()
    {
        Id = $"migrering-0035-{id}",
        Name = "Avtal",
        Supplier = "Leverantör AB",
        Kind = nameof(ContractKind.Ramavtal),
        StartDate = Day(end).AddYears(-4),
        EndDate = Day(end),
        NoticePeriodMonths = notice,
        Options = options,
        Owner = "agare@example.org",
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    private static string Options(params ContractOption[] options) => JsonSerializer.Serialize(options, ValueConverter.JsonOptions);

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
