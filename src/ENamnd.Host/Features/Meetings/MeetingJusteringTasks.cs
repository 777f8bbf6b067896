using System.Text.Json.Nodes;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.People;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Workflows.Meetings;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// Sends a committee meeting's minutes for justering (<see cref="JusteringWorkflow"/>) once they are complete: the meeting
/// is over, every matter on its agenda has its decision and the justerare are appointed. The chair and each justerare get
/// a task with the minutes and the day they are due (<see cref="MeetingOptions.JusteringDays"/> after the meeting). One
/// instance per meeting, under an id that follows from it, so a second call or a second host starts nothing more.
/// </summary>
public sealed class MeetingJusteringTasks(
    MeetingAgenda agenda, MeetingMinutes minutes, MeetingCalendar calendar, IParticipantDirectory directory, IWorkflowRuntime runtime,
    IWorkflowInstanceStore instances, IOptions<MeetingOptions> options, TimeProvider clock, ILogger<MeetingJusteringTasks> logger)
{
    // The time of day the minutes are due on their last day.
    private static readonly TimeOnly DueTime = new(16, 0);

    /// <summary>The id of a meeting's justering instance.</summary>
    public static string InstanceId(string meetingId) => $"justering-{meetingId}";

    /// <summary>The day the minutes of <paramref name="meeting"/> are to be checked by.</summary>
    public DateOnly DueOn(Meeting meeting) => meeting.Date.AddDays(options.Value.JusteringDays);

    /// <summary>
    /// What the minutes still wait for before they can go to the chair and the justerare (Swedish, one reason per line),
    /// or none; a meeting not held, cancelled, or already justerad gives its own reason.
    /// </summary>
    public async Task<IReadOnlyList<string>> MissingAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        if (CommitteeMeetingRules.Refusal(meeting, clock.GetUtcNow(), CommitteeMeetingRules.Step.CheckMinutes) is { } refused) return [refused];
        if (meeting.JusteradOn is not null) return ["Protokollet är redan justerat."];
        var missing = new List<string>();
        var open = (await agenda.ForAsync(meeting, cancellationToken)).Where(e => !e.Fixed && e.Decision is null).ToList();
        if (open.Count > 0) missing.Add($"Beslut saknas för {(open.Count == 1 ? "ett ärende" : $"{open.Count} ärenden")}: {string.Join(", ", open.Select(e => $"”{e.Title}”"))}.");
        if (meeting.Justerare.Count == 0) missing.Add("Inga justerare är utsedda.");
        return missing;
    }

    /// <summary>Why the record of <paramref name="meeting"/> cannot change now, or null: its minutes are out with the signers.</summary>
    public async Task<string?> LockedAsync(Meeting meeting, CancellationToken cancellationToken) =>
        await instances.FindAsync(InstanceId(meeting.Id), cancellationToken) is { Status: WorkflowStatus.Running }
            ? "Protokollet är skickat till ordföranden och justerarna för justering; föredragningslistan och besluten kan inte ändras medan det justeras."
            : null;

    /// <summary>Whether the minutes of <paramref name="meeting"/> have gone out for justering.</summary>
    public async Task<bool> SentAsync(Meeting meeting, CancellationToken cancellationToken) =>
        await instances.FindAsync(InstanceId(meeting.Id), cancellationToken) is not null;

    /// <summary>Sends the minutes for justering when nothing is missing; true when this call sent them.</summary>
    public async Task<bool> StartIfReadyAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.Body != MeetingBody.Namnd || (await MissingAsync(meeting, cancellationToken)).Count > 0 || await SentAsync(meeting, cancellationToken)) return false;
        var signers = await SignersAsync(meeting, cancellationToken);
        if (signers.Count == 0) return false;
        var dueAt = StockholmTime.ToInstant(DueOn(meeting), DueTime) ?? throw new InvalidOperationException("The due day has no 16:00 in Stockholm.");
        // Checkpoint: the start is one commit under an id fixed by the meeting; a crash before it leaves nothing to undo.
        var result = await runtime.StartAsync(new StartWorkflowRequest(JusteringWorkflow.Id)
        {
            InstanceId = InstanceId(meeting.Id),
            Input = new JsonObject
            {
                [JusteringWorkflow.Inputs.MeetingId] = meeting.Id,
                [JusteringWorkflow.Inputs.Signers] = string.Join(", ", signers.Select(s => s.Email)),
                [JusteringWorkflow.Inputs.Title] = $"Justering av protokollet: {MeetingTexts.Title(meeting)}",
                [JusteringWorkflow.Inputs.Minutes] = await minutes.TextAsync(meeting, cancellationToken),
                [JusteringWorkflow.Inputs.DueAt] = ValueConverter.ToNode(dueAt),
            },
        }, cancellationToken);
        if (result.AlreadyStarted) return false;
        logger.LogInformation("Minutes of meeting {MeetingId} sent for justering to {Count} signers, due {DueOn}", meeting.Id, signers.Count, DueOn(meeting));
        return true;
    }

    /// <summary>Withdraws the justering tasks of a meeting whose justering was recorded by the secretary.</summary>
    public async Task WithdrawAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        if (await instances.FindAsync(InstanceId(meeting.Id), cancellationToken) is { Status: WorkflowStatus.Running })
            await runtime.CancelAsync(InstanceId(meeting.Id), CancellationToken.None);
    }

    // The chair present at the meeting (with attendance recorded; else the committee's chair), then the justerare.
    private async Task<IReadOnlyList<Participant>> SignersAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var signers = new List<Participant>();
        var chairs = (await calendar.AttendeesAsync(meeting.Id, cancellationToken)).Where(a => a.Role == nameof(Role.Ordforande)).Select(a => a.ParticipantId).ToList();
        foreach (var id in chairs.Concat(meeting.Justerare))
        {
            if (await directory.FindByIdAsync(id, cancellationToken) is { } person) signers.Add(person);
        }
        if (chairs.Count == 0 && (await directory.FindByRoleAsync(Role.Ordforande, cancellationToken: cancellationToken)).FirstOrDefault() is { } chair) signers.Insert(0, chair);
        return [.. signers.DistinctBy(s => s.Email, StringComparer.OrdinalIgnoreCase)];
    }
}
