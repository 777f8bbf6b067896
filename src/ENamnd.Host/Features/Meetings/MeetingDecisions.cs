using ENamnd.Activities.Decisions;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.Tasks;
using ENamnd.Host.Features.Tasks;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// Records the committee's decisions (with § numbers) on the matters of a meeting's agenda. A matter placed by a
/// workflow is decided by answering the secretary's task through <see cref="TaskCompletion"/>, exactly as the task
/// page does, so the waiting workflow continues; every decision is also kept per meeting.
/// </summary>
public sealed class MeetingDecisions(IDbContextFactory<ENamndDbContext> contexts, MeetingAgenda agenda, TaskCompletion tasks, TimeProvider clock)
{
    /// <summary>Checks every decision first, then records them in order; the errors are Swedish.</summary>
    public async Task<(MeetingDecisionOutcome Outcome, IReadOnlyList<string> Errors)> RecordAsync(Meeting meeting, IReadOnlyList<DecisionRequest> decisions, CancellationToken cancellationToken)
    {
        var matters = (await agenda.MatterRowsAsync(meeting, cancellationToken)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var errors = new List<string>();
        if (decisions.Count == 0) errors.Add("Ange minst ett beslut (decisions).");
        for (var i = 0; i < decisions.Count; i++)
        {
            var decision = decisions[i];
            if (string.IsNullOrWhiteSpace(decision.AgendaItemId) || !matters.ContainsKey(decision.AgendaItemId))
                errors.Add($"decisions[{i}]: ärendet '{decision.AgendaItemId}' finns inte på sammanträdets föredragningslista.");
            if (TaskChoices.Match(AwaitCommitteeDecision.Choices, decision.Outcome) is null)
                errors.Add($"decisions[{i}]: okänt beslut '{decision.Outcome}'. Giltiga värden: {string.Join(", ", AwaitCommitteeDecision.Choices.Select(c => c.Value))}.");
            if (decision.Paragraph?.Length > TaskCompletion.MaxReferenceLength) errors.Add($"decisions[{i}]: paragraph får vara högst {TaskCompletion.MaxReferenceLength} tecken.");
            if (decision.Note?.Length > TaskCompletion.MaxCommentLength) errors.Add($"decisions[{i}]: note får vara högst {TaskCompletion.MaxCommentLength} tecken.");
        }
        if (decisions.Select(d => d.AgendaItemId).Distinct(StringComparer.Ordinal).Count() != decisions.Count) errors.Add("Samma ärende förekommer flera gånger.");
        if (errors.Count > 0) return (MeetingDecisionOutcome.Invalid, errors);

        var decided = await agenda.DecidedAsync([.. decisions.Select(d => matters[d.AgendaItemId!])], cancellationToken);
        if (decided.Count > 0) return (MeetingDecisionOutcome.AlreadyDecided, [.. decided.Select(m => $"Ärendet ”{m.Matter}” har redan ett registrerat beslut.")]);

        foreach (var decision in decisions)
        {
            var matter = matters[decision.AgendaItemId!];
            var outcome = TaskChoices.Match(AwaitCommitteeDecision.Choices, decision.Outcome)!.Value;
            var paragraph = string.IsNullOrWhiteSpace(decision.Paragraph) ? null : decision.Paragraph.Trim();
            var note = string.IsNullOrWhiteSpace(decision.Note) ? null : decision.Note.Trim();
            var taskId = await OpenTaskAsync(matter, cancellationToken);
            if (taskId is not null)
            {
                var result = await tasks.CompleteOnBehalfAsync(taskId, new TaskAnswer(null, outcome, note, paragraph), TaskChannels.Meeting, cancellationToken);
                if (result.Access != TaskAccess.Decided) return (MeetingDecisionOutcome.AlreadyDecided, [$"Ärendet ”{matter.Matter}” kunde inte beslutas: {result.Error ?? TaskMessages.AlreadyDecided}"]);
            }
            if (!await SaveAsync(meeting, matter, outcome, paragraph, note, cancellationToken))
                return (MeetingDecisionOutcome.AlreadyDecided, [$"Ärendet ”{matter.Matter}” har redan ett registrerat beslut."]);
        }
        return (MeetingDecisionOutcome.Recorded, []);
    }

    private async Task<string?> OpenTaskAsync(AgendaItemRow matter, CancellationToken cancellationToken)
    {
        var ids = MeetingAgenda.TaskIdsOf(matter);
        if (ids.Count == 0) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.Tasks.Where(t => ids.Contains(t.Id) && t.Status == HumanTaskStatus.Open).Select(t => t.Id).ToListAsync(cancellationToken);
        // The first open task in the order the activity opened them; the activity closes the others.
        return ids.FirstOrDefault(open.Contains) ?? ids[0];
    }

    private async Task<bool> SaveAsync(Meeting meeting, AgendaItemRow matter, string outcome, string? paragraph, string? note, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Set<MeetingDecisionRow>().Add(new MeetingDecisionRow
        {
            AgendaItemId = matter.Id, MeetingId = meeting.Id, Outcome = outcome, Paragraph = paragraph, Note = note, DecidedAt = clock.GetUtcNow(),
        });
        try
        {
            // Persistence point: the decision as recorded for the meeting (the item id is the key, so it is recorded once).
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
        {
            return false;
        }
    }
}
