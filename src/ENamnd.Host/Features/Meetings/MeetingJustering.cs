using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.People;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// Records the justering of a committee meeting's minutes (the day, and one or two justerare among those present) and
/// the anslag of it on the notice board, from which the decisions' dates follow (<see cref="DecisionDates"/>).
/// Each is recorded once; the errors are Swedish.
/// </summary>
public sealed class MeetingJustering(
    IDbContextFactory<ENamndDbContext> contexts, MeetingCalendar calendar, MeetingAgenda agenda, MeetingJusteringTasks tasks, MeetingLog log, IParticipantDirectory directory,
    IWorkflowInstanceStore instances, IWorkflowRuntime runtime, TimeProvider clock, ILogger<MeetingJustering> logger)
{
    /// <summary>The most justerare a meeting appoints.</summary>
    public const int MaxJusterare = 2;

    /// <summary>
    /// Appoints the justerare at the meeting (one or two among those present); the minutes then go to them and the chair
    /// for justering as soon as every matter has its decision (<see cref="MeetingJusteringTasks"/>).
    /// </summary>
    public async Task<(MeetingDecisionOutcome Outcome, IReadOnlyList<string> Errors)> AppointAsync(
        Meeting meeting, AppointJusterareRequest request, MeetingRecorder recorder, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var ids = await JusterareAsync(meeting, request.Justerare, errors, cancellationToken);
        if (errors.Count > 0) return (MeetingDecisionOutcome.Invalid, errors);
        if (CommitteeMeetingRules.Refusal(meeting, clock.GetUtcNow(), CommitteeMeetingRules.Step.AppointJusterare) is { } refused) return (MeetingDecisionOutcome.AlreadyDecided, [refused]);
        if (meeting.JusteradOn is { } justerad) return (MeetingDecisionOutcome.AlreadyDecided, [$"Protokollet justerades redan {SwedishDates.Day(justerad)}."]);
        if (await tasks.SentAsync(meeting, cancellationToken))
            return (MeetingDecisionOutcome.AlreadyDecided, ["Protokollet är redan skickat för justering. Ge en justerares uppgift till någon annan med ”Byt mottagare” i stället."]);
        var justerare = JsonSerializer.Serialize(ids, ValueConverter.JsonOptions);
        var saved = await SaveAsync(meeting.Id, row => row.JusteradOn == null, set => set.SetProperty(r => r.Justerare, justerare), (MeetingLog.Kinds.Justerare, $"Justerare: {await NamesAsync(ids, cancellationToken)}", recorder), "Protokollet är redan justerat.", cancellationToken);
        if (saved.Item1 == MeetingDecisionOutcome.Recorded && await calendar.FindAsync(meeting.Id, cancellationToken) is { } appointed)
            await tasks.StartIfReadyAsync(appointed, cancellationToken);
        return saved;
    }

    /// <summary>
    /// Records that the minutes were checked on a day by the justerare (those given, else those appointed), for a secretary
    /// who has the signed minutes in hand; justering tasks still open are withdrawn.
    /// </summary>
    public async Task<(MeetingDecisionOutcome Outcome, IReadOnlyList<string> Errors)> JusteraAsync(
        Meeting meeting, JusteringRequest request, MeetingRecorder recorder, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var today = StockholmTime.DateOf(clock.GetUtcNow());
        var day = ReportedDays.Parse(request.JusteradAt, "justeradAt", today, errors);
        if (day is { } d && d < meeting.Date) errors.Add("Justeringen (justeradAt) kan inte vara före sammanträdet.");
        var ids = await JusterareAsync(meeting, request.Justerare is { Count: > 0 } named ? named : [.. meeting.Justerare], errors, cancellationToken);
        if (errors.Count > 0) return (MeetingDecisionOutcome.Invalid, errors);
        if (CommitteeMeetingRules.Refusal(meeting, clock.GetUtcNow(), CommitteeMeetingRules.Step.CheckMinutes) is { } refused) return (MeetingDecisionOutcome.AlreadyDecided, [refused]);
        if (meeting.JusteradOn is { } already) return (MeetingDecisionOutcome.AlreadyDecided, [$"Protokollet justerades redan {SwedishDates.Day(already)}."]);

        var (justeradOn, justerare) = (MeetingTimes.Iso(day!.Value), JsonSerializer.Serialize(ids, ValueConverter.JsonOptions));
        var saved = await SaveAsync(meeting.Id, row => row.JusteradOn == null, set => set.SetProperty(r => r.JusteradOn, justeradOn).SetProperty(r => r.Justerare, justerare), (MeetingLog.Kinds.Justering, $"Justerat {SwedishDates.Day(day.Value)} av ordföranden och {await NamesAsync(ids, cancellationToken)}", recorder),
            "Protokollet är redan justerat.", cancellationToken);
        if (saved.Item1 != MeetingDecisionOutcome.Recorded) return saved;
        await tasks.WithdrawAsync(meeting, cancellationToken);
        await ContinueAsync(meeting with { JusteradOn = day, Justerare = ids }, cancellationToken);
        return saved;
    }

    // One or two distinct justerare, each a known person and, with attendance recorded, among those present.
    private async Task<List<string>> JusterareAsync(Meeting meeting, IReadOnlyList<string?>? given, List<string> errors, CancellationToken cancellationToken)
    {
        var ids = (given ?? []).Select(j => j?.Trim() ?? "").ToList();
        if (ids.Count is 0 or > MaxJusterare) errors.Add("Ange en eller två justerare (justerare) bland de närvarande.");
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count) errors.Add("Samma justerare förekommer flera gånger.");
        var present = (await calendar.AttendeesAsync(meeting.Id, cancellationToken)).Select(a => a.ParticipantId).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (id.Length == 0 || await directory.FindByIdAsync(id, cancellationToken) is null) errors.Add($"Justeraren '{id}' finns inte bland personerna.");
            else if (present.Count > 0 && !present.Contains(id)) errors.Add($"Justeraren '{id}' var inte närvarande vid sammanträdet.");
        }
        return ids;
    }

    /// <summary>
    /// Continues the workflows whose decisions at <paramref name="meeting"/> waited for its justering; returns how many.
    /// Each waits on its own bookmark, so running this again continues nothing twice.
    /// </summary>
    public async Task<int> ContinueAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.JusteradOn is not { } justerad) return 0;
        var count = 0;
        foreach (var matter in await agenda.MatterRowsAsync(meeting, cancellationToken))
        {
            var taskIds = MeetingAgenda.TaskIdsOf(matter);
            if (taskIds.Count == 0 || await instances.FindAsync(matter.InstanceId, cancellationToken) is not { } instance) continue;
            var waiting = instance.Bookmarks.Where(b => b.Is(AwaitCommitteeDecision.InForce) && taskIds.Contains((string?)b.Payload?["taskId"] ?? "")).ToList();
            foreach (var bookmark in waiting)
            {
                // Not cancelled with the request: a justering that has started carries its workflows through.
                var result = await runtime.ResumeAsync(bookmark.Id, new JsonObject { ["justeradOn"] = MeetingTimes.Iso(justerad) }, CancellationToken.None);
                if (result.Outcome != ResumeOutcome.Resumed) continue;
                count++;
                logger.LogInformation("Decision on {Matter} ({CaseNumber}) in force at the justering of meeting {MeetingId}; its workflow continues",
                    matter.Matter, matter.CaseNumber, meeting.Id);
            }
        }
        return count;
    }

    /// <summary>Records the day the notice of justering was posted on the notice board.</summary>
    public async Task<(MeetingDecisionOutcome Outcome, IReadOnlyList<string> Errors)> PostAnslagAsync(
        Meeting meeting, AnslagRequest request, MeetingRecorder recorder, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var today = StockholmTime.DateOf(clock.GetUtcNow());
        var day = ReportedDays.Parse(request.PostedAt, "postedAt", today, errors);
        if (day is null) return (MeetingDecisionOutcome.Invalid, errors);
        if (CommitteeMeetingRules.Refusal(meeting, clock.GetUtcNow(), CommitteeMeetingRules.Step.CheckMinutes) is { } refused) return (MeetingDecisionOutcome.AlreadyDecided, [refused]);
        if (meeting.JusteradOn is not { } justerad) return (MeetingDecisionOutcome.AlreadyDecided, ["Protokollet är inte justerat; anslaget följer justeringen."]);
        if (meeting.AnslagPostedOn is { } already) return (MeetingDecisionOutcome.AlreadyDecided, [$"Anslaget sattes redan upp {SwedishDates.Day(already)}."]);
        if (day < justerad) errors.Add("Anslaget (postedAt) kan inte sättas upp före justeringen.");
        if (day > justerad.AddDays(DecisionDates.AnslagWithinDays))
            errors.Add($"Anslaget (postedAt) ska sättas upp senast andra dagen efter justeringen, {SwedishDates.Day(justerad.AddDays(DecisionDates.AnslagWithinDays))}.");
        if (errors.Count > 0) return (MeetingDecisionOutcome.Invalid, errors);

        var postedOn = MeetingTimes.Iso(day!.Value);
        return await SaveAsync(meeting.Id, row => row.AnslagPostedOn == null, set => set.SetProperty(r => r.AnslagPostedOn, postedOn), (MeetingLog.Kinds.Anslag, $"Anslaget sattes upp {SwedishDates.Day(day.Value)}", recorder), "Anslaget är redan uppsatt.", cancellationToken);
    }

    // The names of people by id, "A och B".
    private async Task<string> NamesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        foreach (var id in ids) names.Add((await directory.FindByIdAsync(id, cancellationToken))?.Name ?? id);
        return string.Join(" och ", names);
    }

    // Changes the meeting row only while the change still applies, checked by the update itself so that two writers
    // (the secretary, the last signer) cannot both record it; the entry in the record goes in the same transaction.
    private async Task<(MeetingDecisionOutcome, IReadOnlyList<string>)> SaveAsync(
        string meetingId, Expression<Func<MeetingRow, bool>> stillApplies, Action<UpdateSettersBuilder<MeetingRow>> change,
        (string Kind, string Details, MeetingRecorder By) entry, string taken, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var changed = await db.Set<MeetingRow>().Where(m => m.Id == meetingId).Where(stillApplies).ExecuteUpdateAsync(set =>
        {
            change(set);
            set.SetProperty(r => r.UpdatedAt, now);
        }, cancellationToken);
        if (changed == 0) return (MeetingDecisionOutcome.AlreadyDecided, [taken]);
        log.Add(db, meetingId, entry.Kind, entry.By, entry.Details);
        // Persistence point: the change and its entry in the record, together.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (MeetingDecisionOutcome.Recorded, []);
    }
}
