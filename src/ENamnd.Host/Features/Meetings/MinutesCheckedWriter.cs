using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities;
using ENamnd.Activities.Meetings;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Features.Tasks;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// Records the justering with the step in which the last of the chair and the justerare signed (<see cref="MinutesChecked"/>):
/// the meeting is justerad that day, unless the secretary recorded it first.
/// </summary>
public sealed class MinutesCheckedWriter(MeetingLog log, TimeProvider clock) : IStepRecordWriter
{
    /// <inheritdoc />
    public string Kind => MinutesChecked.RecordKind;

    /// <inheritdoc />
    public async Task WriteAsync(ENamndDbContext db, JsonObject payload, CancellationToken cancellationToken)
    {
        var record = payload.Deserialize<MinutesChecked>(ValueConverter.JsonOptions) ?? throw new JsonException("Empty justering.");
        // Checked by the update itself: a justering the secretary recorded meanwhile stands, and nothing is logged twice.
        var (justeradOn, now) = (MeetingTimes.Iso(record.CheckedOn), clock.GetUtcNow());
        var changed = await db.Set<MeetingRow>().Where(m => m.Id == record.MeetingId && m.JusteradOn == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.JusteradOn, justeradOn).SetProperty(m => m.UpdatedAt, now), cancellationToken);
        if (changed == 0) return;
        var signers = string.Join(", ", record.Signatures.Select(s => s.SignedBy));
        log.Add(db, record.MeetingId, MeetingLog.Kinds.Justering, new MeetingRecorder(signers, record.Signatures.LastOrDefault()?.Channel ?? TaskChannels.EmailLink),
            $"Justerat {SwedishDates.Day(record.CheckedOn)} av {signers}");
    }
}
