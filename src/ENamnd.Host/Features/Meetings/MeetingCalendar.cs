using ENamnd.Activities.Meetings;
using ENamnd.Activities.Municipalities;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Meetings;

/// <summary>Reads the meeting calendar: the next meeting of a body, meetings in a period, meetings held and attendance.</summary>
public sealed class MeetingCalendar(IDbContextFactory<ENamndDbContext> contexts, MunicipalityRegistry municipalities, TimeProvider clock)
{
    /// <summary>A meeting by id, or null.</summary>
    public async Task<Meeting?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<MeetingRow>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return row is null ? null : MeetingRows.ToMeeting(row);
    }

    /// <summary>The first meeting of <paramref name="body"/> that is on (not cancelled) and starts after <paramref name="after"/>, or null.</summary>
    public async Task<Meeting?> NextMeetingAsync(MeetingBody body, DateTimeOffset after, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var bodyName = body.ToString();
        var scheduled = MeetingStatus.Scheduled.ToString();
        // PostgreSQL compares timestamptz with UTC values only.
        var afterUtc = after.ToUniversalTime();
        var row = await db.Set<MeetingRow>().AsNoTracking()
            .Where(m => m.Body == bodyName && m.Status == scheduled && m.StartsAt > afterUtc)
            .OrderBy(m => m.StartsAt).ThenBy(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : MeetingRows.ToMeeting(row);
    }

    /// <summary>
    /// The last meeting of <paramref name="body"/> that is on (not cancelled), starts after <paramref name="after"/> and falls
    /// on or before <paramref name="lastDay"/> (its Stockholm date), or null: the meeting to take a decision due by that day.
    /// </summary>
    public async Task<Meeting?> LastMeetingByAsync(MeetingBody body, DateTimeOffset after, DateOnly lastDay, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var bodyName = body.ToString();
        var scheduled = MeetingStatus.Scheduled.ToString();
        // PostgreSQL compares timestamptz with UTC values only; the date column is ISO yyyy-MM-dd, so text order is date order.
        var afterUtc = after.ToUniversalTime();
        var lastText = MeetingTimes.Iso(lastDay);
        var row = await db.Set<MeetingRow>().AsNoTracking()
            .Where(m => m.Body == bodyName && m.Status == scheduled && m.StartsAt > afterUtc && string.Compare(m.Date, lastText) <= 0)
            .OrderByDescending(m => m.StartsAt).ThenBy(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : MeetingRows.ToMeeting(row);
    }

    /// <summary>Meetings (also cancelled ones) of a body, or of all bodies, whose local date is within [<paramref name="from"/>, <paramref name="to"/>], in time order.</summary>
    public async Task<IReadOnlyList<Meeting>> ListAsync(MeetingBody? body, DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Set<MeetingRow>().AsNoTracking();
        if (body is { } b)
        {
            var bodyName = b.ToString();
            query = query.Where(m => m.Body == bodyName);
        }
        // The date column is ISO yyyy-MM-dd, so text order is date order.
        if (from is { } f)
        {
            var fromText = MeetingTimes.Iso(f);
            query = query.Where(m => string.Compare(m.Date, fromText) >= 0);
        }
        if (to is { } t)
        {
            var toText = MeetingTimes.Iso(t);
            query = query.Where(m => string.Compare(m.Date, toText) <= 0);
        }
        var rows = await query.ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.StartsAt).ThenBy(r => r.Id, StringComparer.Ordinal).Select(MeetingRows.ToMeeting).ToList();
    }

    /// <summary>The meetings of <paramref name="body"/> in the period that have been held (not cancelled and ended by now).</summary>
    public async Task<IReadOnlyList<Meeting>> HeldAsync(MeetingBody body, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return (await ListAsync(body, from, to, cancellationToken)).Where(m => m.IsHeldBy(now)).ToList();
    }

    /// <summary>How many meetings of <paramref name="body"/> were held in the period.</summary>
    public async Task<int> CountHeldAsync(MeetingBody body, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        (await HeldAsync(body, from, to, cancellationToken)).Count;

    /// <summary>Attendance at the meetings of <paramref name="body"/> held in the period (see <see cref="MeetingAttendanceSummary"/>).</summary>
    public async Task<MeetingAttendanceSummary> AttendanceAsync(MeetingBody body, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var held = await HeldAsync(body, from, to, cancellationToken);
        if (held.Count == 0) return new MeetingAttendanceSummary(0, 0, 0);
        var ids = held.Select(m => m.Id).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<MeetingAttendanceRow>().AsNoTracking().Where(a => ids.Contains(a.MeetingId)).ToListAsync(cancellationToken);
        var known = municipalities.All.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var attended = rows
            .Where(a => a.MunicipalityCode is not null && known.Contains(a.MunicipalityCode))
            .Select(a => (a.MeetingId, a.MunicipalityCode))
            .Distinct()
            .Count();
        return new MeetingAttendanceSummary(held.Count, held.Count * known.Count, attended);
    }

    /// <summary>Who attended a meeting.</summary>
    public async Task<IReadOnlyList<MeetingAttendanceRow>> AttendeesAsync(string meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<MeetingAttendanceRow>().AsNoTracking().Where(a => a.MeetingId == meetingId).ToListAsync(cancellationToken);
        return rows.OrderBy(a => a.MunicipalityCode, StringComparer.Ordinal).ThenBy(a => a.ParticipantId, StringComparer.Ordinal).ToList();
    }
}
