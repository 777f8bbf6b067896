using ENamnd.Activities.Meetings;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Meetings;

/// <summary>Creates, changes and cancels meetings. Every change of time or place raises the meeting's SEQUENCE.</summary>
public sealed class MeetingWriter(IDbContextFactory<ENamndDbContext> contexts, TimeProvider clock, ILogger<MeetingWriter> logger)
{
    /// <summary>Saves a new meeting with SEQUENCE 0; returns it. The caller has checked that the times exist (the meeting API).</summary>
    public async Task<Meeting> CreateAsync(MeetingDraft draft, CancellationToken cancellationToken = default, string? id = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var row = new MeetingRow
        {
            Id = id ?? Guid.NewGuid().ToString("N"),
            Status = MeetingStatus.Scheduled.ToString(),
            Sequence = 0,
            CreatedAt = now,
        };
        Apply(draft, row, now);
        db.Set<MeetingRow>().Add(row);
        // Persistence point: the meeting.
        await db.SaveChangesAsync(cancellationToken);
        return MeetingRows.ToMeeting(row);
    }

    /// <summary>Changes time and place; the SEQUENCE rises when either changes.</summary>
    public async Task<(MeetingWriteResult Result, Meeting? Meeting)> UpdateAsync(string id, MeetingDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<MeetingRow>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (row is null) return (MeetingWriteResult.NotFound, null);
        var current = MeetingRows.ToMeeting(row);
        if (current.Status == MeetingStatus.Cancelled) return (MeetingWriteResult.Cancelled, current);
        if (!draft.ChangesTimeOrPlace(current) && draft.Body == current.Body) return (MeetingWriteResult.Unchanged, current);
        if (draft.ChangesTimeOrPlace(current)) row.Sequence++;
        var now = clock.GetUtcNow();
        Apply(draft, row, now);
        var moved = draft.Date != current.Date || draft.Body != current.Body
            ? await MeetingAgenda.MoveMattersAsync(db, current, draft.Body == MeetingBody.Namnd ? row.StartsAt : null, now, cancellationToken)
            : 0;
        // Persistence point: the new time or place with its SEQUENCE, and the matters that follow the meeting.
        await db.SaveChangesAsync(cancellationToken);
        if (moved > 0) logger.LogInformation("Meeting {MeetingId} moved from {From} to {To}: {Count} matter(s) moved with it", id, current.Date, draft.Date, moved);
        return (MeetingWriteResult.Saved, MeetingRows.ToMeeting(row));
    }

    /// <summary>Cancels a meeting (raising its SEQUENCE, as a CANCEL must).</summary>
    public async Task<(MeetingWriteResult Result, Meeting? Meeting)> CancelAsync(string id, string? reason, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<MeetingRow>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (row is null) return (MeetingWriteResult.NotFound, null);
        if (row.Status == MeetingStatus.Cancelled.ToString()) return (MeetingWriteResult.Cancelled, MeetingRows.ToMeeting(row));
        var now = clock.GetUtcNow();
        row.Status = MeetingStatus.Cancelled.ToString();
        row.CancelReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        row.CancelledAt = now;
        row.UpdatedAt = now;
        row.Sequence++;
        var moved = await MeetingAgenda.MoveMattersAsync(db, MeetingRows.ToMeeting(row) with { Status = MeetingStatus.Scheduled }, null, now, cancellationToken);
        // Persistence point: the cancellation, and its matters moved to the next committee meeting.
        await db.SaveChangesAsync(cancellationToken);
        if (moved > 0) logger.LogInformation("Meeting {MeetingId} cancelled: {Count} matter(s) moved to the next committee meeting", id, moved);
        return (MeetingWriteResult.Saved, MeetingRows.ToMeeting(row));
    }

    private static void Apply(MeetingDraft draft, MeetingRow row, DateTimeOffset now)
    {
        row.Body = draft.Body.ToString();
        row.Date = MeetingTimes.Iso(draft.Date);
        row.StartTime = MeetingTimes.Iso(draft.Start);
        row.EndTime = MeetingTimes.Iso(draft.End);
        row.StartsAt = (StockholmTime.ToInstant(draft.Date, draft.Start) ?? throw new ArgumentException("The start time does not exist in Stockholm.", nameof(draft))).ToUniversalTime();
        row.EndsAt = (StockholmTime.ToInstant(draft.Date, draft.End) ?? throw new ArgumentException("The end time does not exist in Stockholm.", nameof(draft))).ToUniversalTime();
        row.Location = draft.Location;
        row.OnlineLink = draft.OnlineLink;
        row.UpdatedAt = now;
    }
}
