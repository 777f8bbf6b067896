using ENamnd.Activities;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Features.Contracts;
using ENamnd.Host.Features.Meetings;
using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Overview;

/// <summary>What needs the coordinator now: their own tasks, the cases waiting on them, the coming deadlines, late tasks and recent decisions.</summary>
public sealed class OverviewQueries(
    IDbContextFactory<ENamndDbContext> contexts, IParticipantDirectory people, ContractStore contracts, MeetingCalendar meetings, TimeProvider clock)
{
    /// <summary>How far ahead the deadlines reach.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(14);

    /// <summary>How many recent decisions are shown.</summary>
    public const int RecentDecisions = 10;

    /// <summary>The overview as of now.</summary>
    public async Task<OverviewView> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + Horizon;
        var coordinators = (await people.FindByRoleAsync(Role.Esamordnare, cancellationToken: cancellationToken))
            .Select(p => p.Email.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.Tasks.AsNoTracking().Where(t => t.Status == HumanTaskStatus.Open).ToListAsync(cancellationToken);
        var decisions = await db.Decisions.AsNoTracking().OrderByDescending(d => d.DecidedAtUtc).Take(RecentDecisions).ToListAsync(cancellationToken);
        var decidedTitles = await db.Tasks.AsNoTracking().Where(t => decisions.Select(d => d.TaskId).Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Title, cancellationToken);

        var mine = open.Where(t => coordinators.Contains(t.RecipientEmail.ToLowerInvariant()))
            .OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.OpenedAt)
            .Select(OverviewTask.From).ToList();
        var waiting = mine.Where(t => t.CaseNumber is not null).GroupBy(t => t.CaseNumber!)
            .Select(g => new OverviewCase(g.Key, g.Count(), g.Min(t => t.DueAt))).OrderBy(c => c.NextDue ?? DateTimeOffset.MaxValue).ToList();
        var late = open.Where(t => t.DueAt < now).OrderBy(t => t.DueAt).Select(OverviewTask.From).ToList();

        var deadlines = new List<OverviewDeadline>();
        deadlines.AddRange(open.Where(t => t.DueAt >= now && t.DueAt <= until)
            .Select(t => new OverviewDeadline(t.DueAt!.Value, "Uppgift", $"{t.Title} – {t.RecipientName ?? t.RecipientEmail}", t.CaseNumber)));
        var today = StockholmTime.DateOf(now);
        var lastDay = StockholmTime.DateOf(until);
        foreach (var contract in await contracts.ListAsync(endingBefore: null, cancellationToken))
        {
            if (contract.Terms.EndDate < today) continue;
            var deadline = ContractSchedule.NextDeadline(contract.Terms, today);
            if (deadline.Date > lastDay) continue;
            var what = deadline.Option is null ? "sista dag att säga upp eller ersätta" : "sista dag att besluta om option";
            deadlines.Add(new OverviewDeadline(StockholmTime.ToInstant(deadline.Date, new TimeOnly(23, 59))!.Value, "Avtal",
                $"{contract.Terms.Name}: {what}", contract.Terms.CaseNumber));
        }
        foreach (var meeting in await meetings.ListAsync(body: null, today, lastDay, cancellationToken))
        {
            if (meeting.Status != MeetingStatus.Scheduled || meeting.StartsAt < now) continue;
            deadlines.Add(new OverviewDeadline(meeting.StartsAt, "Sammanträde", $"{MeetingBodies.Title(meeting.Body)}, {meeting.Location}", null));
        }

        return new OverviewView(now, mine, waiting, [.. deadlines.OrderBy(d => d.At)], late,
            [.. decisions.Select(d => new OverviewDecision(d.DecidedAtUtc, decidedTitles.GetValueOrDefault(d.TaskId, d.Kind), OutcomeTexts.Of(d.Outcome, d.Kind), d.Reference, d.DecidedBy, d.CaseNumber))]);
    }
}
