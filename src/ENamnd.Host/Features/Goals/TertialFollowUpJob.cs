using ENamnd.Activities.Goals;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Goals;

/// <summary>
/// The daily <c>tertial-follow-up</c> job. It creates the follow-up of the tertial that ended last, for the plan
/// of that tertial's year (once; after downtime the missed tertial is created late, an older one it replaced is
/// not; a plan of an earlier year gets none), then carries every open round on: report, agenda, coordinator
/// email. Safe to run twice and on two hosts: every step goes through the ledger under its own key.
/// </summary>
public sealed class TertialFollowUpJob(
    PlanStore plans,
    TertialFollowUpStarter starter,
    TertialReports reports,
    IDbContextFactory<ENamndDbContext> contexts,
    TimeProvider clock) : IMonitorJob
{
    /// <summary>The stable job id.</summary>
    public const string Id = "tertial-follow-up";

    /// <inheritdoc />
    public string JobId => Id;


    /// <inheritdoc />
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = StockholmTime.DateOf(clock.GetUtcNow());
        var done = 0;
        foreach (var plan in await plans.ListAsync(cancellationToken))
        {
            // Only the tertial that just ended is followed up, so only the plan of its year gets a round: a past year's plan
            // (the example plan of 2022, say) is never asked about again.
            if (Tertial.LatestEnded(today) is var tertial && tertial.Year == plan.Year) done += await starter.StartOnceAsync(plan, tertial, cancellationToken);
            foreach (var round in await RoundsAsync(plan.Id, cancellationToken))
            {
                await starter.EnsureStartedAsync(round.Id, cancellationToken);
                done += await reports.ProgressAsync(round, plan.Title, cancellationToken);
            }
        }
        return done;
    }

    // At most three a plan; each step of a round is checked by its own key, so finished rounds cost a few reads.
    private async Task<List<TertialFollowUpRow>> RoundsAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<TertialFollowUpRow>().AsNoTracking().Where(r => r.PlanId == planId).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Year).ThenBy(r => r.Tertial).ToList();
    }
}
