using ENamnd.Activities;
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
/// page does, so the waiting workflow continues; every decision is also kept per meeting. Once every matter is decided,
/// the minutes go for justering (<see cref="MeetingJusteringTasks"/>).
/// </summary>
public sealed class MeetingDecisions(IDbContextFactory<ENamndDbContext> contexts, MeetingAgenda agenda, MeetingCalendar calendar, TaskCompletion tasks, MeetingJusteringTasks justering, TimeProvider clock)
{
    /// <summary>
    /// Checks every decision first, then records them in order, each as decided by <paramref name="recordedBy"/> for the
    /// meeting (the audit of the answers says so); the errors are Swedish.
    /// </summary>
    public async Task<(MeetingDecisionOutcome Outcome, IReadOnlyList<string> Errors)> RecordAsync(
        Meeting meeting, IReadOnlyList<DecisionRequest> decisions, string recordedBy, CancellationToken cancellationToken)
    {
        var matters = (await agenda.MatterRowsAsync(meeting, cancellationToken)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var errors = new List<string>();
        if (decisions.Count == 0) errors.Add("Ange minst ett beslut (decisions).");
        for (var i = 0; i < decisions.Count; i++)
        {
            var decision = decisions[i];
            if (TaskChoices.Match(AwaitCommitteeDecision.Choices.Concat(InformationItems.Choices), decision.Outcome) is null)
                errors.Add($"decisions[{i}]: okänt beslut '{decision.Outcome}'. Giltiga värden: {string.Join(", ", AwaitCommitteeDecision.Choices.Concat(InformationItems.Choices).Select(c => c.Value))}.");
            if (string.IsNullOrWhiteSpace(decision.Paragraph)) errors.Add($"decisions[{i}]: paragrafen (paragraph) saknas; varje beslut har en § i protokollet, t.ex. \"§ 12\".");
            else if (Paragraphs.Parse(decision.Paragraph) is null) errors.Add($"decisions[{i}]: paragrafen '{decision.Paragraph}' är inget nummer mellan 1 och {Paragraphs.Max}, t.ex. \"§ 12\" eller 12.");
            if (decision.Note?.Length > TaskCompletion.MaxCommentLength) errors.Add($"decisions[{i}]: note får vara högst {TaskCompletion.MaxCommentLength} tecken.");
        }
        if (decisions.Select(d => d.AgendaItemId).Distinct(StringComparer.Ordinal).Count() != decisions.Count) errors.Add("Samma ärende förekommer flera gånger.");
        foreach (var twice in decisions.Select(d => Paragraphs.Parse(d.Paragraph)).OfType<int>().GroupBy(n => n).Where(g => g.Count() > 1))
            errors.Add($"{Paragraphs.Format(twice.Key)} förekommer flera gånger; varje beslut har en egen paragraf.");
        if (errors.Count > 0) return (MeetingDecisionOutcome.Invalid, errors);

        // The committee decides at its meeting: not at a cancelled one, and not before it has begun.
        if (CommitteeMeetingRules.Refusal(meeting, clock.GetUtcNow(), CommitteeMeetingRules.Step.RecordDecisions) is { } refused)
            return (MeetingDecisionOutcome.AlreadyDecided, [refused]);
        for (var i = 0; i < decisions.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(decisions[i].AgendaItemId) || !matters.TryGetValue(decisions[i].AgendaItemId!, out var item))
                errors.Add($"decisions[{i}]: ärendet '{decisions[i].AgendaItemId}' finns inte på sammanträdets föredragningslista.");
            else if (TaskChoices.Match(ChoicesOf(item), decisions[i].Outcome) is null)
                errors.Add($"decisions[{i}]: ”{item.Matter}” är {(MeetingAgenda.KindOf(item) == AgendaItemKind.Information ? "en informationspunkt" : "ett beslutsärende")}; giltiga beslut: {TaskChoices.Describe(ChoicesOf(item))}.");
        }
        if (errors.Count > 0) return (MeetingDecisionOutcome.Invalid, errors);

        var taken = await ParagraphsOfYearAsync(meeting, cancellationToken);
        var used = decisions.Select(d => Paragraphs.Format(Paragraphs.Parse(d.Paragraph)!.Value)).Where(taken.ContainsKey).ToList();
        if (used.Count > 0)
            return (MeetingDecisionOutcome.AlreadyDecided, [.. used.Select(p => $"{p} är redan använd i nämndens protokoll {meeting.Date.Year} (sammanträdet {SwedishDates.Day(taken[p])}).")]);

        var decided = await agenda.DecidedAsync([.. decisions.Select(d => matters[d.AgendaItemId!])], cancellationToken);
        if (decided.Count > 0) return (MeetingDecisionOutcome.AlreadyDecided, [.. decided.Select(m => $"Ärendet ”{m.Matter}” har redan ett registrerat beslut.")]);

        foreach (var decision in decisions)
        {
            var matter = matters[decision.AgendaItemId!];
            var outcome = TaskChoices.Match(ChoicesOf(matter), decision.Outcome)!.Value;
            var paragraph = Paragraphs.Normalize(decision.Paragraph);
            var note = string.IsNullOrWhiteSpace(decision.Note) ? null : decision.Note.Trim();
            var taskId = await OpenTaskAsync(matter, cancellationToken);
            if (taskId is not null)
            {
                // Recorded for the meeting, a decision is in force at the justering, unless declared omedelbart justerad or justering is done.
                var awaitsJustering = !decision.Immediate && meeting.JusteradOn is null;
                var result = await tasks.CompleteOnBehalfAsync(taskId, new TaskAnswer(null, outcome, note, paragraph, AwaitsJustering: awaitsJustering, MeetingDate: meeting.Date, RecordedBy: recordedBy), TaskChannels.Meeting, cancellationToken);
                if (result.Access != TaskAccess.Decided) return (MeetingDecisionOutcome.AlreadyDecided, [$"Ärendet ”{matter.Matter}” kunde inte beslutas: {result.Error ?? TaskMessages.AlreadyDecided}"]);
            }
            if (!await SaveAsync(meeting, matter, outcome, paragraph, note, decision.Immediate, cancellationToken))
                return (MeetingDecisionOutcome.AlreadyDecided, [$"Ärendet ”{matter.Matter}” har redan ett registrerat beslut."]);
        }
        // With the last decision recorded and the justerare appointed, the minutes go to the chair and the justerare now.
        await justering.StartIfReadyAsync(meeting, cancellationToken);
        return (MeetingDecisionOutcome.Recorded, []);
    }

    // An information item is taken note of; a matter is decided.
    private static IReadOnlyList<TaskChoice> ChoicesOf(AgendaItemRow item) =>
        MeetingAgenda.KindOf(item) == AgendaItemKind.Information ? InformationItems.Choices : AwaitCommitteeDecision.Choices;

    // The paragraphs the committee has used this calendar year, with the meeting each was decided at.
    private async Task<Dictionary<string, DateOnly>> ParagraphsOfYearAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var year = meeting.Date.Year;
        var taken = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var held in await calendar.ListAsync(MeetingBody.Namnd, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken))
        {
            foreach (var entry in await agenda.ForAsync(held, cancellationToken))
                if (Paragraphs.Normalize(entry.Decision?.Paragraph) is { } paragraph) taken.TryAdd(paragraph, held.Date);
        }
        return taken;
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

    private async Task<bool> SaveAsync(Meeting meeting, AgendaItemRow matter, string outcome, string? paragraph, string? note, bool immediate, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Set<MeetingDecisionRow>().Add(new MeetingDecisionRow
        {
            AgendaItemId = matter.Id, MeetingId = meeting.Id, Outcome = outcome, Paragraph = paragraph, Note = note, DecidedAt = clock.GetUtcNow(), Immediate = immediate,
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
