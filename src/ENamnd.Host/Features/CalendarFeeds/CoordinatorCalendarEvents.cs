using ENamnd.Activities;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Goals;
using ENamnd.Activities.People;
using ENamnd.Host.Features.Contracts;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.CalendarFeeds;

/// <summary>
/// What only the e-samordnare's feed adds: each contract's next decision deadline (the open option's decide-by day, else
/// the last day to give notice, <see cref="ContractSchedule"/>) until the end is decided, and the deadlines of the tertial
/// follow-ups not yet compiled.
/// </summary>
public sealed class CoordinatorCalendarEvents(IDbContextFactory<ENamndDbContext> contexts, ContractStore contracts, CalendarFeedEvents events, TimeProvider clock)
{
    /// <summary>How long a passed contract deadline stays in the feed.</summary>
    public const int PastDays = 30;

    /// <summary>Whether <paramref name="person"/>'s feed gets these events: whoever is e-samordnare (for any case or none).</summary>
    public static bool IsCoordinator(Participant person) => person.Roles.Any(r => r.Role == Role.Esamordnare);

    /// <summary>The contract and follow-up deadlines.</summary>
    public async Task<IReadOnlyList<CalendarEvent>> ForAsync(CancellationToken cancellationToken)
    {
        var today = ContractSchedule.Today(clock);
        var list = new List<CalendarEvent>();
        foreach (var contract in (await contracts.ListAsync(null, cancellationToken)).Where(c => !c.IsSettled).OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            var deadline = ContractSchedule.NextDeadline(contract.Terms, today);
            if (deadline.Date < today.AddDays(-PastDays) || deadline.Date == DateOnly.MinValue || deadline.Date == DateOnly.MaxValue) continue;
            var terms = contract.Terms;
            var summary = deadline.Option is null ? $"Sista dag att säga upp avtalet {terms.Name}" : $"Sista dag att besluta om förlängning av avtalet {terms.Name}";
            var description = $"Leverantör: {terms.Supplier}. Avtalet gäller till och med {SwedishDates.Day(terms.EndDate)}"
                + (deadline.Option is null ? $", uppsägningstid {terms.NoticePeriodMonths} månader." : $"; förlängning med {deadline.Option.ExtendMonths} månader.");
            list.Add(events.AllDay(CalendarFeedUids.Contract(contract.Id), summary, description, deadline.Date));
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var followUps = await db.Set<TertialFollowUpRow>().AsNoTracking().Where(f => f.ReportCompiledAt == null).ToListAsync(cancellationToken);
        foreach (var followUp in followUps.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            var label = new Tertial(followUp.Year, followUp.Tertial).Label;
            list.Add(events.Timed(CalendarFeedUids.FollowUp(followUp.Id), $"Sista svarsdag för måluppföljningen, {label}",
                $"Målen som inte är inrapporterade då redovisas som ej inrapporterade i rapporten för {label}.", followUp.DueAt));
        }
        return list;
    }
}
