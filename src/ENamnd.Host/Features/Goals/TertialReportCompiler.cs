using System.Text.Json;
using ENamnd.Activities.Goals;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Features.Tasks;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Goals;

/// <summary>Reads a round's answers and compiles its report; says whether the round is ready (all answered or past the deadline).</summary>
public sealed class TertialReportCompiler(IDbContextFactory<ENamndDbContext> contexts)
{
    /// <summary>The answered task of each item key of the round (the first decided one).</summary>
    public async Task<Dictionary<string, TaskRow>> AnswersAsync(TertialFollowUpRow round, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var links = await db.Set<FollowUpTaskRow>().AsNoTracking().Where(l => l.InstanceId == round.InstanceId).ToListAsync(cancellationToken);
        var taskIds = links.Select(l => l.TaskId).ToList();
        var decided = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id) && t.Status == HumanTaskStatus.Decided).ToListAsync(cancellationToken);
        var keyByTask = links.ToDictionary(l => l.TaskId, l => l.ItemKey, StringComparer.Ordinal);
        return decided.OrderBy(t => t.ClosedAt).GroupBy(t => keyByTask[t.Id]).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The items asked about in a round.</summary>
    public static IReadOnlyList<FollowUpItem> ItemsOf(TertialFollowUpRow round) =>
        JsonSerializer.Deserialize<List<FollowUpItem>>(round.Items, ValueConverter.JsonOptions) ?? [];

    /// <summary>The report of a round from its answers.</summary>
    public static TertialReport Compile(TertialFollowUpRow round, string planTitle, IReadOnlyDictionary<string, TaskRow> answers, DateTimeOffset now)
    {
        var tertial = new Tertial(round.Year, round.Tertial);
        return new TertialReport
        {
            PlanId = round.PlanId,
            PlanTitle = planTitle,
            Year = round.Year,
            Tertial = round.Tertial,
            Matter = TertialReport.MatterOf(round.Tertial),
            Period = tertial.Label,
            CompiledAt = now,
            DueAt = round.DueAt,
            Items = ItemsOf(round).Select(item => Item(item, answers.GetValueOrDefault(item.Key))).ToList(),
        };
    }

    private static TertialReportItem Item(FollowUpItem item, TaskRow? answer)
    {
        var fields = answer is null ? null : TaskCompletion.AnswersOf(answer);
        return new TertialReportItem
        {
            Key = item.Key,
            Goal = item.Goal,
            Indicator = item.Indicator,
            Target = item.Target,
            Unit = item.Unit,
            // People read names and roles, never addresses or the roll: syntax.
            Owner = RecipientNames.RoleText(item.Owner) ?? item.Owner,
            Status = answer?.Outcome,
            StatusLabel = answer is null ? "Ej inrapporterat" : FollowUpStatuses.Label(answer.Outcome),
            Value = fields?.GetValueOrDefault(FollowUpFields.Value),
            Comment = answer?.Comment,
            ActionPlan = fields?.GetValueOrDefault(FollowUpFields.ActionPlan),
            AnsweredBy = answer is null ? null : answer.RecipientName ?? answer.DecidedBy,
            AnsweredAt = answer?.ClosedAt,
        };
    }
}
