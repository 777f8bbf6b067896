using ENamnd.Engine.Expressions;
using ENamnd.Host.Features.Participants;
using ENamnd.Http;
using ENamnd.Persistence;
using ENamnd.Persistence.Ledger;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Cases;

/// <summary>
/// Starts the <see cref="DemoCases"/> of the current year through <see cref="CaseService"/> and drives each to its phase with
/// <see cref="DemoCaseDriver"/>, when <see cref="DemoOptions"/> allows it (by default only on the embedded SQLite database) and
/// the database holds no case but these and no person but the demo people (so a demo answer or email never reaches a real
/// person). Idempotent by case number: a case already there is not started again but driven on,
/// and once it stands in its phase the ledger records it (<see cref="CaseLedgerKeys.DemoCasePlaced"/>), so it is left alone
/// from then on, also when someone answers its tasks. A start after a crash midway therefore finishes the work, never doubles it.
/// </summary>
public sealed class DemoCaseSeeder(
    CaseService cases,
    DemoCaseDriver driver,
    NotificationLedger ledger,
    IDbContextFactory<ENamndDbContext> contexts,
    DatabaseSettings database,
    IOptions<DemoOptions> options,
    TimeProvider clock,
    ILogger<DemoCaseSeeder> logger)
{
    /// <summary>As configured (<c>Demo:SeedCases</c>), else only on the embedded SQLite database.</summary>
    public bool Enabled => DemoOptions.Seeds(options.Value.SeedCases, database.Provider);

    /// <summary>Starts and drives the demo cases that are not yet in their phase; returns how many were placed now.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!Enabled) return 0;
        var demo = DemoCases.For(StockholmTime.DateOf(clock.GetUtcNow()).Year);
        var existing = await CaseNumbersAsync(cancellationToken);
        if (existing.Except(demo.Select(d => d.CaseNumber)).Any())
        {
            logger.LogInformation("The database holds cases already; no demo cases are seeded (Demo:SeedCases)");
            return 0;
        }
        if (!await OnlyDemoPeopleAsync(cancellationToken))
        {
            logger.LogInformation("The participant directory holds people other than the demo people, or none; no demo cases are seeded (Demo:SeedCases)");
            return 0;
        }
        var placed = 0;
        foreach (var demoCase in demo)
        {
            var key = CaseLedgerKeys.DemoCasePlaced(demoCase.CaseNumber);
            if (await ledger.IsRecordedAsync(key, cancellationToken)) continue;
            if (!existing.Contains(demoCase.CaseNumber) && !await StartAsync(demoCase, cancellationToken)) continue;
            var progress = await driver.DriveAsync(demoCase, cancellationToken);
            if (!progress.Placed) continue;
            // Checkpoint: the case stands in its phase; from this record on it belongs to whoever uses the demo.
            await ledger.RecordOnceAsync(key, null, _ => Task.CompletedTask, cancellationToken);
            logger.LogInformation("Demo case {CaseNumber} \"{Title}\" is in {Phase} after {Answered} answer(s) (Demo:SeedCases)",
                demoCase.CaseNumber, demoCase.Title, progress.Phase, progress.Answered);
            placed++;
        }
        return placed;
    }

    private async Task<bool> StartAsync(DemoCase demoCase, CancellationToken cancellationToken)
    {
        var result = await cases.CreateAsync(demoCase.Request, cancellationToken);
        // A conflict means another host started it a moment ago; it is there to drive.
        if (result.Status is CommandStatus.Done or CommandStatus.Conflict) return true;
        logger.LogWarning("Demo case {CaseNumber} could not be started: {Errors}", demoCase.CaseNumber, string.Join(" ", result.Errors));
        return false;
    }

    // The demo cases' tasks go to the demo people; with anyone else in the directory they could reach a real person.
    private async Task<bool> OnlyDemoPeopleAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = db.Set<ParticipantRow>().AsNoTracking();
        return await people.AnyAsync(p => p.Id.StartsWith(DemoParticipants.IdPrefix), cancellationToken)
            && !await people.AnyAsync(p => !p.Id.StartsWith(DemoParticipants.IdPrefix), cancellationToken);
    }

    private async Task<HashSet<string>> CaseNumbersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return [.. await db.Set<CaseRow>().AsNoTracking().Select(r => r.CaseNumber).ToListAsync(cancellationToken)];
    }
}
