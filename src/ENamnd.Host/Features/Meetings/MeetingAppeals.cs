using ENamnd.Activities;
using ENamnd.Activities.Meetings;
using ENamnd.Engine.Expressions;
using ENamnd.Http;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// The coordinator registers an appeal (överklagande) of a committee decision and, later, the court's outcome. A
/// decision under appeal gains no legal force at the end of the time to appeal; the meeting and its minutes show it.
/// </summary>
public sealed class MeetingAppeals(IDbContextFactory<ENamndDbContext> contexts, MeetingAgenda agenda, MeetingLog log, TimeProvider clock)
{
    /// <summary>The longest "by" accepted.</summary>
    public const int MaxByLength = 200;

    /// <summary>Registers an appeal of the decision on an agenda item.</summary>
    public async Task<CommandResult<AgendaEntry>> RegisterAsync(
        Meeting meeting, string itemId, AppealRequest request, MeetingRecorder recorder, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var registered = ReportedDays.Parse(request.RegisteredAt, "registeredAt", Today, errors);
        var by = request.By?.Trim();
        if (by?.Length > MaxByLength) errors.Add($"Vem som överklagade (by) får vara högst {MaxByLength} tecken.");
        if (errors.Count > 0) return CommandResult<AgendaEntry>.Invalid(errors);
        var (row, entry, refused) = await DecisionAsync(meeting, itemId, cancellationToken);
        if (refused is not null) return refused;
        if (row?.AppealRegisteredOn is not null) return CommandResult<AgendaEntry>.Conflict("Ett överklagande av beslutet är redan registrerat.");
        if (registered < StockholmTime.DateOf(entry!.Decision!.DecidedAt)) errors.Add("Överklagandet (registeredAt) kan inte vara registrerat före beslutet.");
        if (errors.Count > 0) return CommandResult<AgendaEntry>.Invalid(errors);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A decision recorded through the secretary's link gets its meeting record now, to carry the appeal.
        row ??= db.Set<MeetingDecisionRow>().Add(new MeetingDecisionRow
        {
            AgendaItemId = itemId, MeetingId = meeting.Id, Outcome = entry.Decision.Outcome, Paragraph = entry.Decision.Paragraph,
            Note = entry.Decision.Note, DecidedAt = entry.Decision.DecidedAt, Immediate = entry.Decision.Immediate,
        }).Entity;
        if (db.Entry(row).State == EntityState.Detached) db.Attach(row);
        row.AppealRegisteredOn = MeetingTimes.Iso(registered!.Value);
        row.AppealBy = string.IsNullOrEmpty(by) ? null : by;
        log.Add(db, meeting.Id, MeetingLog.Kinds.Appeal, recorder,
            $"{entry.Decision.Paragraph} ”{entry.Title}” överklagat {SwedishDates.Day(registered.Value)}{(row.AppealBy is null ? "" : $" av {row.AppealBy}")}");
        // Persistence point: the appeal with its decision, and its entry in the record.
        await db.SaveChangesAsync(cancellationToken);
        return await EntryAsync(meeting, itemId, cancellationToken);
    }

    /// <summary>Records the court's outcome of a registered appeal.</summary>
    public async Task<CommandResult<AgendaEntry>> DecideAsync(
        Meeting meeting, string itemId, AppealRequest request, MeetingRecorder recorder, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var decided = ReportedDays.Parse(request.DecidedAt, "decidedAt", Today, errors);
        AppealOutcome? outcome = null;
        if (string.IsNullOrWhiteSpace(request.Outcome)) errors.Add($"Utfall (outcome) saknas: {EnumNames.Listed<AppealOutcome>()}.");
        else if (EnumNames.TryParse<AppealOutcome>(request.Outcome, out var parsed)) outcome = parsed;
        else errors.Add($"Okänt utfall (outcome) '{request.Outcome}': {EnumNames.Listed<AppealOutcome>()}.");
        if (errors.Count > 0) return CommandResult<AgendaEntry>.Invalid(errors);
        var (row, _, refused) = await DecisionAsync(meeting, itemId, cancellationToken);
        if (refused is not null) return refused;
        if (row?.AppealRegisteredOn is null) return CommandResult<AgendaEntry>.Conflict("Inget överklagande av beslutet är registrerat.");
        if (row.AppealOutcome is not null) return CommandResult<AgendaEntry>.Conflict("Överklagandets utfall är redan registrerat.");
        if (MeetingTimes.TryParseDate(row.AppealRegisteredOn, out var registered) && decided < registered)
            return CommandResult<AgendaEntry>.Invalid(["Domstolens beslut (decidedAt) kan inte vara före överklagandet."]);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Attach(row);
        row.AppealOutcome = outcome!.Value.ToString();
        row.AppealDecidedOn = MeetingTimes.Iso(decided!.Value);
        log.Add(db, meeting.Id, MeetingLog.Kinds.AppealDecided, recorder, $"{row.Paragraph}: överklagandet {AppealTexts.Of(outcome.Value)} {SwedishDates.Day(decided.Value)}");
        await db.SaveChangesAsync(cancellationToken);
        return await EntryAsync(meeting, itemId, cancellationToken);
    }

    // The item's decision: its meeting record (null when recorded only through the secretary's link) and its entry.
    private async Task<(MeetingDecisionRow? Row, AgendaEntry? Entry, CommandResult<AgendaEntry>? Refused)> DecisionAsync(Meeting meeting, string itemId, CancellationToken cancellationToken)
    {
        var entry = (await agenda.ForAsync(meeting, cancellationToken)).FirstOrDefault(e => e.Id == itemId && !e.Fixed);
        if (entry is null) return (null, null, CommandResult<AgendaEntry>.NotFound($"Punkten '{itemId}' finns inte på sammanträdets föredragningslista."));
        if (entry.Decision is null) return (null, null, CommandResult<AgendaEntry>.Conflict("Ärendet har inget registrerat beslut att överklaga."));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.Set<MeetingDecisionRow>().AsNoTracking().FirstOrDefaultAsync(d => d.AgendaItemId == itemId, cancellationToken), entry, null);
    }

    private async Task<CommandResult<AgendaEntry>> EntryAsync(Meeting meeting, string itemId, CancellationToken cancellationToken) =>
        CommandResult<AgendaEntry>.Done((await agenda.ForAsync(meeting, cancellationToken)).First(e => e.Id == itemId));

    private DateOnly Today => StockholmTime.DateOf(clock.GetUtcNow());
}
