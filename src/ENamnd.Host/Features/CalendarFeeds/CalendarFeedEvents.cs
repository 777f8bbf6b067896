using ENamnd.Activities;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Features.Meetings;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.CalendarFeeds;

/// <summary>
/// What anyone's feed holds: the meetings they are called to (as the notices decide it, <see cref="MeetingMembers"/>) or
/// attended, from <see cref="PastDays"/> days back, and the deadlines of their open tasks. Every event's UID comes from
/// its entity's id, so a calendar that fetches the feed again updates the same events.
/// </summary>
public sealed class CalendarFeedEvents(
    IDbContextFactory<ENamndDbContext> contexts, MeetingCalendar meetings, MeetingMembers members, MeetingInvitation invitations, TimeProvider clock)
{
    /// <summary>How far back meetings are kept in a feed.</summary>
    public const int PastDays = 90;

    /// <summary>The events of <paramref name="person"/>'s meetings and open task deadlines.</summary>
    public async Task<IReadOnlyList<CalendarEvent>> ForAsync(Participant person, CancellationToken cancellationToken)
    {
        var events = new List<CalendarEvent>();
        events.AddRange(await MeetingsAsync(person, cancellationToken));
        events.AddRange(await TaskDeadlinesAsync(person, cancellationToken));
        return events;
    }

    private async Task<IEnumerable<CalendarEvent>> MeetingsAsync(Participant person, CancellationToken cancellationToken)
    {
        var called = new HashSet<MeetingBody>();
        foreach (var body in Enum.GetValues<MeetingBody>())
        {
            if ((await members.ForAsync(body, cancellationToken)).Any(m => m.ParticipantId == person.Id)) called.Add(body);
        }
        var from = StockholmTime.DateOf(clock.GetUtcNow()).AddDays(-PastDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attended = (await db.Set<MeetingAttendanceRow>().AsNoTracking().Where(a => a.ParticipantId == person.Id).Select(a => a.MeetingId)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return (await meetings.ListAsync(null, from, null, cancellationToken))
            .Where(m => called.Contains(m.Body) || attended.Contains(m.Id))
            .Select(m => invitations.EventOf(m, MeetingTexts.Title(m), MeetingDescription(m)));
    }

    private static string MeetingDescription(Meeting meeting) => meeting.Status == MeetingStatus.Cancelled
        ? $"Sammanträdet är inställt.{(string.IsNullOrWhiteSpace(meeting.CancelReason) ? "" : $" {meeting.CancelReason.Trim()}")}"
        : "Kallelsen med föredragningslistan kommer med e-post.";

    private async Task<IEnumerable<CalendarEvent>> TaskDeadlinesAsync(Participant person, CancellationToken cancellationToken)
    {
        var email = person.Email.Trim().ToLowerInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A task names its recipient by participant id once it has one (a reassignment sets it anew); an older task only by address.
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.Status == HumanTaskStatus.Open && t.DueAt != null
                && (t.ParticipantId == person.Id || (t.ParticipantId == null && t.RecipientEmail.ToLower() == email)))
            .ToListAsync(cancellationToken);
        return tasks.OrderBy(t => t.Id, StringComparer.Ordinal).Select(TaskEvent);
    }

    // No link: the feed may be read by a calendar service, and the task's link is personal and single-use.
    private CalendarEvent TaskEvent(TaskRow task)
    {
        var caseNumber = CaseNumbers.Shown(task.CaseNumber);
        return Timed(CalendarFeedUids.Task(task.Id), $"Svara senast: {task.Title}",
            $"{(caseNumber is null ? "" : $"Ärende {caseNumber}: ")}{task.Title}\nSvara via länken i e-postmeddelandet du fick.", task.DueAt!.Value);
    }

    /// <summary>A deadline at a moment: an event that starts and ends then, in Stockholm time.</summary>
    internal CalendarEvent Timed(string uid, string summary, string description, DateTimeOffset at)
    {
        var local = StockholmTime.ToLocal(at).DateTime;
        // No DTEND: an event with a start time and no end lasts no time (RFC 5545 3.6.1), which a deadline is.
        return new CalendarEvent
        {
            Uid = uid,
            Summary = summary,
            Description = description,
            DtStart = new CalDateTime(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), MeetingInvitation.TimeZoneId),
            DtStamp = Stamp(),
            Transparency = "TRANSPARENT",
        };
    }

    /// <summary>A deadline on a day: an all-day event.</summary>
    internal CalendarEvent AllDay(string uid, string summary, string description, DateOnly day) => new()
    {
        Uid = uid,
        Summary = summary,
        Description = description,
        DtStart = new CalDateTime(day),
        DtEnd = new CalDateTime(day.AddDays(1)),
        DtStamp = Stamp(),
        Transparency = "TRANSPARENT",
    };

    private CalDateTime Stamp() => new(clock.GetUtcNow().UtcDateTime, true);
}
