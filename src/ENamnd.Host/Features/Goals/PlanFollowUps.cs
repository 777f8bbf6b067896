using ENamnd.Activities.Goals;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Goals;

/// <summary>Reads the follow-up rounds of plans and how far each has come.</summary>
public sealed class PlanFollowUps(IDbContextFactory<ENamndDbContext> contexts, TertialReportCompiler compiler)
{
    /// <summary>The round of a plan's tertial, or null.</summary>
    public async Task<TertialFollowUpRow?> FindAsync(string planId, Tertial tertial, CancellationToken cancellationToken)
    {
        var id = TertialFollowUpStarter.RoundId(planId, tertial);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TertialFollowUpRow>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    /// <summary>Whether a plan has any follow-up.</summary>
    public async Task<bool> AnyAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TertialFollowUpRow>().AnyAsync(r => r.PlanId == planId, cancellationToken);
    }

    /// <summary>The view of a plan with its three tertials.</summary>
    public async Task<PlanView> ViewAsync(Plan plan, string reportBaseUrl, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rounds = await db.Set<TertialFollowUpRow>().AsNoTracking().Where(r => r.PlanId == plan.Id).ToListAsync(cancellationToken);
        var views = new List<TertialFollowUpView>();
        foreach (var tertial in Tertial.Of(plan.Year))
        {
            var round = rounds.FirstOrDefault(r => r.Year == tertial.Year && r.Tertial == tertial.Number);
            if (round is null)
            {
                views.Add(new TertialFollowUpView(tertial.Id, tertial.Label, "NotStarted", 0, 0, null, null, null, null, null, null));
                continue;
            }
            var total = TertialReportCompiler.ItemsOf(round).Count;
            var answered = (await compiler.AnswersAsync(round, cancellationToken)).Count;
            var url = round.ReportCompiledAt is null ? null : $"{reportBaseUrl}/api/plans/{plan.Id}/reports/{tertial.Id}";
            views.Add(new TertialFollowUpView(tertial.Id, tertial.Label, round.ReportCompiledAt is null ? "Open" : "Compiled", answered, total,
                round.StartedAt, round.DueAt, round.ReportCompiledAt, round.MeetingDate, url, url is null ? null : url + "/document"));
        }
        return new PlanView(plan.Id, plan.Year, plan.Title, plan.Goals, plan.CreatedAt, plan.UpdatedAt, views);
    }
}
