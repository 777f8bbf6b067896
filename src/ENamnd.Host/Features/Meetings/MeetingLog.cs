using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// A meeting's append-only record (<c>meeting_events</c>): what was recorded, by whom, through which channel, when.
/// Each entry is added to the context that saves the change it tells of, so the two are stored together or not at all.
/// </summary>
public sealed class MeetingLog(IDbContextFactory<ENamndDbContext> contexts, TimeProvider clock)
{
    /// <summary>What an entry tells of.</summary>
    public static class Kinds
    {
        /// <summary>The justerare were appointed.</summary>
        public const string Justerare = "justerare";

        /// <summary>A decision was recorded.</summary>
        public const string Decision = "beslut";

        /// <summary>The minutes were justerade.</summary>
        public const string Justering = "justering";

        /// <summary>The notice of justering was posted.</summary>
        public const string Anslag = "anslag";

        /// <summary>An appeal was registered.</summary>
        public const string Appeal = "overklagande";

        /// <summary>The court's outcome of an appeal was registered.</summary>
        public const string AppealDecided = "overklagande-avgjort";
    }

    /// <summary>Adds an entry to <paramref name="db"/>, saved with its other changes.</summary>
    public void Add(ENamndDbContext db, string meetingId, string kind, MeetingRecorder recorder, string details) =>
        db.Set<MeetingEventRow>().Add(new MeetingEventRow
        {
            MeetingId = meetingId, Kind = kind, RecordedBy = recorder.By, Channel = recorder.Channel, Details = details, RecordedAt = clock.GetUtcNow(),
        });

    /// <summary>A meeting's entries, oldest first.</summary>
    public async Task<IReadOnlyList<MeetingEventRow>> ForAsync(string meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<MeetingEventRow>().AsNoTracking().Where(e => e.MeetingId == meetingId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
    }
}
