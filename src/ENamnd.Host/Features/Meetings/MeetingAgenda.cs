using System.Text.Json;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// A meeting's agenda: the matters placed for its date, the matters placed for "the next meeting" before it
/// (which go to the first committee meeting that starts after they were placed), then the fixed items of the year.
/// </summary>
public sealed class MeetingAgenda(IDbContextFactory<ENamndDbContext> contexts)
{
    /// <summary>The agenda of <paramref name="meeting"/>, matters first (in the order they were placed).</summary>
    public async Task<IReadOnlyList<AgendaEntry>> ForAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await MattersAsync(db, meeting, cancellationToken);
        var decisions = await DecisionsAsync(db, rows, cancellationToken);
        var entries = rows.Select(row => EntryOf(row, decisions.GetValueOrDefault(row.Id) is { } decision ? DecisionDates.Of(decision, meeting) : null)).ToList();
        if (meeting.Body == MeetingBody.Namnd)
        {
            var others = await CommitteeDatesAsync(db, cancellationToken);
            entries.AddRange(AnnualCycle.ItemsFor(meeting.Date, others.Where(d => d != meeting.Date)));
        }
        return entries;
    }

    /// <summary>The stored agenda items (matters) of a meeting.</summary>
    public async Task<IReadOnlyList<AgendaItemRow>> MatterRowsAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await MattersAsync(db, meeting, cancellationToken);
    }

    /// <summary>
    /// The committee's decisions on a case's matters, by the id of each secretary's task, with the meeting each matter was
    /// on and the decision's dates (in force, appeal, legal force).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, (Meeting Meeting, AgendaDecision Decision)>> CaseDecisionsAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, (Meeting, AgendaDecision)>(StringComparer.Ordinal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = await db.AgendaItems.AsNoTracking().Where(a => a.CaseNumber == caseNumber).ToListAsync(cancellationToken);
        if (items.Count == 0) return result;
        var decisions = await DecisionsAsync(db, items, cancellationToken);
        if (decisions.Count == 0) return result;
        var meetings = await ScheduledCommitteeMeetingsAsync(db, cancellationToken);
        foreach (var item in items.Where(i => decisions.ContainsKey(i.Id)))
        {
            if (MeetingOf(item, meetings) is not { } meeting) continue;
            var dated = DecisionDates.Of(decisions[item.Id], meeting);
            foreach (var taskId in TaskIdsOf(item)) result[taskId] = (meeting, dated);
        }
        return result;
    }

    /// <summary>The committee meeting the matter of a secretary's task is on, if it has one planned.</summary>
    public async Task<Meeting?> MeetingOfTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await db.AgendaItems.AsNoTracking().Where(a => a.TaskIds.Contains(taskId)).ToListAsync(cancellationToken);
        if (candidates.FirstOrDefault(a => TaskIdsOf(a).Contains(taskId)) is not { } item) return null;
        return MeetingOf(item, await ScheduledCommitteeMeetingsAsync(db, cancellationToken));
    }

    // A dated matter is on the meeting of its date; an undated one on the first meeting after it was placed.
    private static Meeting? MeetingOf(AgendaItemRow item, IReadOnlyList<Meeting> meetings) =>
        item.MeetingDate is null ? meetings.FirstOrDefault(m => m.StartsAt > item.PlacedAt) : meetings.FirstOrDefault(m => IsOn(item, m));

    private static async Task<List<Meeting>> ScheduledCommitteeMeetingsAsync(ENamndDbContext db, CancellationToken cancellationToken)
    {
        var body = MeetingBody.Namnd.ToString();
        var scheduled = MeetingStatus.Scheduled.ToString();
        return [.. (await db.Set<MeetingRow>().AsNoTracking().Where(m => m.Body == body && m.Status == scheduled).ToListAsync(cancellationToken))
            .Select(MeetingRows.ToMeeting).OrderBy(m => m.StartsAt)];
    }

    /// <summary>An item as the agenda shows it.</summary>
    public static AgendaEntry EntryOf(AgendaItemRow row, AgendaDecision? decision) =>
        new(row.Id, row.Matter, row.CaseNumber, false, decision, KindOf(row), row.AddedBy is not null);

    /// <summary>The kind of a stored item.</summary>
    public static AgendaItemKind KindOf(AgendaItemRow row) => Enum.TryParse<AgendaItemKind>(row.Kind, out var kind) ? kind : AgendaItemKind.Beslut;

    /// <summary>The task ids stored with an agenda item.</summary>
    public static IReadOnlyList<string> TaskIdsOf(AgendaItemRow row) =>
        JsonSerializer.Deserialize<List<string>>(row.TaskIds, ValueConverter.JsonOptions) ?? [];

    /// <summary>
    /// Moves the undecided matters placed for <paramref name="meeting"/>'s date along with it: to its new start when it
    /// moves, else (cancelled, or no longer the committee's) to the next committee meeting planned after it; with none
    /// planned they wait for the next one that is (undated, placed anew). Changes <paramref name="db"/>'s tracked rows
    /// only; the caller saves them with the meeting. Returns how many moved.
    /// </summary>
    internal static async Task<int> MoveMattersAsync(ENamndDbContext db, Meeting meeting, DateTimeOffset? newStart, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Workflows place matters for the committee only.
        if (meeting.Body != MeetingBody.Namnd) return 0;
        var (from, to) = DatedWindow(meeting);
        var dated = (await db.AgendaItems.Where(a => a.MeetingDate != null && a.MeetingDate >= from && a.MeetingDate <= to).ToListAsync(cancellationToken))
            .Where(a => IsOn(a, meeting)).ToList();
        var decisions = await DecisionsAsync(db, dated, cancellationToken);
        var items = dated.Where(r => !decisions.ContainsKey(r.Id)).ToList();
        if (items.Count == 0) return 0;
        var ids = items.Select(r => r.Id).ToList();
        var target = newStart ?? (await ScheduledCommitteeStartsAsync(db, cancellationToken))
            .Where(c => c.Id != meeting.Id && c.StartsAt > meeting.StartsAt).Select(c => (DateTimeOffset?)c.StartsAt).FirstOrDefault();
        foreach (var item in items)
        {
            // The place was this meeting's; on the next one the item follows in the order placed.
            item.Position = null;
            item.MeetingDate = target?.ToUniversalTime();
            if (target is null) item.PlacedAt = now;
        }
        // The secretary's link outlives the meeting by as long as it did; a matter without a date keeps it half a year.
        var taskIds = items.SelectMany(TaskIdsOf).ToList();
        foreach (var task in await db.Tasks.Where(t => taskIds.Contains(t.Id) && t.Status == HumanTaskStatus.Open).ToListAsync(cancellationToken))
        {
            var expires = target is { } start ? task.ExpiresAt + (start - meeting.StartsAt) : now.AddDays(180);
            if (expires > task.ExpiresAt) task.ExpiresAt = expires;
        }
        // A tertial report shows the meeting it goes to.
        foreach (var round in await db.Set<TertialFollowUpRow>().Where(r => r.AgendaItemId != null && ids.Contains(r.AgendaItemId)).ToListAsync(cancellationToken))
            round.MeetingDate = target?.ToUniversalTime();
        return ids.Count;
    }

    /// <summary>The matters among <paramref name="rows"/> that have a decision: recorded for the meeting, or by the secretary's task.</summary>
    public async Task<IReadOnlyList<AgendaItemRow>> DecidedAsync(IReadOnlyList<AgendaItemRow> rows, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var decisions = await DecisionsAsync(db, rows, cancellationToken);
        return [.. rows.Where(r => decisions.ContainsKey(r.Id))];
    }

    private static async Task<Dictionary<string, AgendaDecision>> DecisionsAsync(ENamndDbContext db, IReadOnlyList<AgendaItemRow> rows, CancellationToken cancellationToken)
    {
        var decisions = new Dictionary<string, AgendaDecision>(StringComparer.Ordinal);
        if (rows.Count == 0) return decisions;
        var ids = rows.Select(r => r.Id).ToList();
        var recorded = await db.Set<MeetingDecisionRow>().AsNoTracking().Where(d => ids.Contains(d.AgendaItemId)).ToListAsync(cancellationToken);
        var taskIds = rows.SelectMany(TaskIdsOf).ToList();
        var tasks = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id) && t.Status == HumanTaskStatus.Decided).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var decision = recorded.FirstOrDefault(d => d.AgendaItemId == row.Id) is { } d
                ? new AgendaDecision(d.Outcome, d.Paragraph, d.Note, d.DecidedAt, d.Immediate, Appeal: AppealOf(d), Presenter: d.Presenter,
                    Reservations: JsonSerializer.Deserialize<List<string>>(d.Reservations, ValueConverter.JsonOptions))
                : tasks.FirstOrDefault(t => TaskIdsOf(row).Contains(t.Id)) is { } t
                    // Recorded through the secretary's link from the checked minutes: in force when recorded.
                    ? new AgendaDecision(t.Outcome ?? "", t.Reference, t.Comment, t.ClosedAt ?? row.PlacedAt, Immediate: true)
                    : null;
            if (decision is not null) decisions[row.Id] = decision;
        }
        return decisions;
    }

    /// <summary>The appeal recorded with a decision, if any.</summary>
    public static AgendaAppeal? AppealOf(MeetingDecisionRow row) =>
        MeetingTimes.TryParseDate(row.AppealRegisteredOn, out var registered)
            ? new AgendaAppeal(registered, row.AppealBy, Enum.TryParse<AppealOutcome>(row.AppealOutcome, out var outcome) ? outcome : null,
                MeetingTimes.TryParseDate(row.AppealDecidedOn, out var decided) ? decided : null)
            : null;

    private static async Task<List<AgendaItemRow>> MattersAsync(ENamndDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        // Workflows place matters for the committee only.
        if (meeting.Body != MeetingBody.Namnd || meeting.Status == MeetingStatus.Cancelled) return [];
        var startsAt = meeting.StartsAt.ToUniversalTime();
        var (from, to) = DatedWindow(meeting);
        var candidates = await db.AgendaItems.AsNoTracking()
            .Where(a => (a.MeetingDate != null && a.MeetingDate >= from && a.MeetingDate <= to) || (a.MeetingDate == null && a.PlacedAt < startsAt))
            .ToListAsync(cancellationToken);
        var dated = candidates.Where(a => IsOn(a, meeting));
        var undated = new List<AgendaItemRow>();
        var open = candidates.Where(a => a.MeetingDate is null).ToList();
        if (open.Count > 0)
        {
            var committee = await ScheduledCommitteeStartsAsync(db, cancellationToken);
            // An undated matter belongs to the first committee meeting that starts after it was placed.
            undated.AddRange(open.Where(a => committee.FirstOrDefault(c => c.StartsAt > a.PlacedAt).Id == meeting.Id));
        }
        // The coordinator's order first; items without a place follow in the order they were placed.
        return [.. dated.Concat(undated).OrderBy(a => a.Position ?? int.MaxValue).ThenBy(a => a.PlacedAt).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    // Dated matters are matched on their Stockholm date; the window is a day wide each side to catch every offset.
    private static (DateTimeOffset From, DateTimeOffset To) DatedWindow(Meeting meeting) =>
        (meeting.StartsAt.AddDays(-2).ToUniversalTime(), meeting.StartsAt.AddDays(2).ToUniversalTime());

    private static bool IsOn(AgendaItemRow item, Meeting meeting) => item.MeetingDate is { } date && MeetingTimes.AgendaDate(date) == meeting.Date;

    private static async Task<List<(string Id, DateTimeOffset StartsAt)>> ScheduledCommitteeStartsAsync(ENamndDbContext db, CancellationToken cancellationToken)
    {
        var body = MeetingBody.Namnd.ToString();
        var scheduled = MeetingStatus.Scheduled.ToString();
        var rows = await db.Set<MeetingRow>().AsNoTracking().Where(m => m.Body == body && m.Status == scheduled)
            .Select(m => new { m.Id, m.StartsAt }).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.StartsAt).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => (r.Id, r.StartsAt))];
    }

    private static async Task<List<DateOnly>> CommitteeDatesAsync(ENamndDbContext db, CancellationToken cancellationToken)
    {
        var body = MeetingBody.Namnd.ToString();
        var scheduled = MeetingStatus.Scheduled.ToString();
        var dates = await db.Set<MeetingRow>().AsNoTracking().Where(m => m.Body == body && m.Status == scheduled).Select(m => m.Date).ToListAsync(cancellationToken);
        return [.. dates.Select(d => MeetingTimes.TryParseDate(d, out var date) ? date : default)];
    }
}
