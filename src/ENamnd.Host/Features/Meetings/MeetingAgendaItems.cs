using ENamnd.Activities;
using ENamnd.Activities.Meetings;
using ENamnd.Engine.Runtime;
using ENamnd.Http;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// The coordinator's own items on a committee meeting's agenda (information, decisions without a workflow), and the
/// order of all its matters. A workflow's matter can be moved and renamed but not removed (its workflow waits for the
/// decision); nothing decided changes.
/// </summary>
public sealed class MeetingAgendaItems(IDbContextFactory<ENamndDbContext> contexts, MeetingAgenda agenda, MeetingJusteringTasks justering, TimeProvider clock)
{
    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 300;

    /// <summary>Who added an item by hand.</summary>
    public const string Coordinator = "e-samordnaren";

    /// <summary>Adds an item to the meeting's agenda, last unless a place is given.</summary>
    public async Task<CommandResult<AgendaEntry>> AddAsync(Meeting meeting, AgendaItemRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var title = Title(request.Title, required: true, errors);
        var kind = Kind(request.Kind, required: true, errors);
        var caseNumber = await CaseNumberAsync(request.CaseNumber, errors, cancellationToken);
        if (request.Position is < 1) errors.Add("position måste vara 1 eller större.");
        if (errors.Count > 0) return CommandResult<AgendaEntry>.Invalid(errors);
        if ((CommitteeMeetingRules.Refusal(meeting, clock.GetUtcNow(), CommitteeMeetingRules.Step.PrepareAgenda) ?? await justering.LockedAsync(meeting, cancellationToken)) is { } closed)
            return CommandResult<AgendaEntry>.Conflict(closed);

        var row = new AgendaItemRow
        {
            Id = IdGenerator.NewId(), CaseNumber = caseNumber, Matter = title!, MeetingDate = meeting.StartsAt.ToUniversalTime(),
            Kind = kind!.Value.ToString(), AddedBy = Coordinator, PlacedAt = clock.GetUtcNow(),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AgendaItems.Add(row);
        if (request.Position is { } position) await PlaceAsync(db, meeting, row, position, cancellationToken);
        // Persistence point: the item and the order it takes in one save.
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<AgendaEntry>.Done(MeetingAgenda.EntryOf(row, null));
    }

    /// <summary>Changes an undecided item's title, case or kind (the coordinator's own items) or its place (any matter).</summary>
    public async Task<CommandResult<AgendaEntry>> UpdateAsync(Meeting meeting, string itemId, AgendaItemRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var title = Title(request.Title, required: false, errors);
        var kind = Kind(request.Kind, required: false, errors);
        var caseNumber = await CaseNumberAsync(request.CaseNumber, errors, cancellationToken);
        if (request.Position is < 1) errors.Add("position måste vara 1 eller större.");
        if (errors.Count > 0) return CommandResult<AgendaEntry>.Invalid(errors);
        var (row, refused) = await EditableAsync(meeting, itemId, cancellationToken);
        if (refused is not null) return refused;
        if (row!.AddedBy is null && (kind is not null || request.CaseNumber is not null))
            return CommandResult<AgendaEntry>.Conflict("Ärendet kommer från ärendets arbetsflöde: dess ärendenummer och typ kan inte ändras, bara rubriken och platsen.");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AgendaItems.Attach(row);
        if (title is not null) row.Matter = title;
        if (kind is not null) row.Kind = kind.Value.ToString();
        if (request.CaseNumber is not null) row.CaseNumber = caseNumber;
        if (request.Position is { } position) await PlaceAsync(db, meeting, row, position, cancellationToken);
        // Persistence point: the change and the new order in one save.
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<AgendaEntry>.Done(MeetingAgenda.EntryOf(row, null));
    }

    /// <summary>Removes one of the coordinator's own undecided items.</summary>
    public async Task<CommandResult<AgendaEntry>> RemoveAsync(Meeting meeting, string itemId, CancellationToken cancellationToken)
    {
        var (row, refused) = await EditableAsync(meeting, itemId, cancellationToken);
        if (refused is not null) return refused;
        if (row!.AddedBy is null)
            return CommandResult<AgendaEntry>.Conflict("Ärendet kommer från ärendets arbetsflöde, som väntar på nämndens beslut; det kan inte tas bort från föredragningslistan.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AgendaItems.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<AgendaEntry>.Done(MeetingAgenda.EntryOf(row, null));
    }

    // An item of this meeting's agenda that is not decided, on a meeting that can still change.
    private async Task<(AgendaItemRow? Row, CommandResult<AgendaEntry>? Refused)> EditableAsync(Meeting meeting, string itemId, CancellationToken cancellationToken)
    {
        var row = (await agenda.MatterRowsAsync(meeting, cancellationToken)).FirstOrDefault(r => r.Id == itemId);
        if (row is null) return (null, CommandResult<AgendaEntry>.NotFound($"Punkten '{itemId}' finns inte på sammanträdets föredragningslista."));
        if ((CommitteeMeetingRules.Refusal(meeting, clock.GetUtcNow(), CommitteeMeetingRules.Step.PrepareAgenda) ?? await justering.LockedAsync(meeting, cancellationToken)) is { } closed)
            return (null, CommandResult<AgendaEntry>.Conflict(closed));
        if ((await agenda.DecidedAsync([row], cancellationToken)).Count > 0)
            return (null, CommandResult<AgendaEntry>.Conflict($"Ärendet ”{row.Matter}” är redan beslutat och kan inte ändras."));
        return (row, null);
    }

    // Gives the item its place among the meeting's matters and numbers them all 1, 2, … in that order.
    private async Task PlaceAsync(ENamndDbContext db, Meeting meeting, AgendaItemRow row, int position, CancellationToken cancellationToken)
    {
        var others = (await agenda.MatterRowsAsync(meeting, cancellationToken)).Where(r => r.Id != row.Id).ToList();
        var ordered = others.ToList();
        ordered.Insert(Math.Min(position, ordered.Count + 1) - 1, row);
        var tracked = await db.AgendaItems.Where(a => others.Select(o => o.Id).Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        for (var i = 0; i < ordered.Count; i++)
        {
            var item = ordered[i].Id == row.Id ? row : tracked[ordered[i].Id];
            item.Position = i + 1;
        }
    }

    private static string? Title(string? text, bool required, List<string> errors)
    {
        var title = text?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            if (required || text is not null) errors.Add("Rubrik (title) saknas.");
            return null;
        }
        if (title.Length > MaxTitleLength) errors.Add($"Rubriken (title) får vara högst {MaxTitleLength} tecken.");
        return title;
    }

    private static AgendaItemKind? Kind(string? text, bool required, List<string> errors)
    {
        if (text is null)
        {
            if (required) errors.Add("Typ (kind) saknas: Beslut eller Information.");
            return null;
        }
        if (EnumNames.TryParse<AgendaItemKind>(text, out var kind)) return kind;
        errors.Add($"Okänd typ (kind) '{text}': Beslut eller Information.");
        return null;
    }

    // A given case number must name a case; an empty one clears it.
    private async Task<string?> CaseNumberAsync(string? text, List<string> errors, CancellationToken cancellationToken)
    {
        var number = text?.Trim();
        if (string.IsNullOrEmpty(number)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<CaseRow>().AnyAsync(c => c.CaseNumber == number, cancellationToken)) return number;
        errors.Add($"Ärendet '{number}' (caseNumber) finns inte.");
        return null;
    }
}
