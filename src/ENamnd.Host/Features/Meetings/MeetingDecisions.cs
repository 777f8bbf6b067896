using System.Text.Json;
using ENamnd.Activities;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
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
public sealed class MeetingDecisions(
    IDbContextFactory<ENamndDbContext> contexts, MeetingAgenda agenda, MeetingCalendar calendar, TaskCompletion tasks, MeetingJusteringTasks justering, MeetingLog log,
    MeetingAttendance attendance, IParticipantDirectory directory, TimeProvider clock)
{
    /// <summary>
    /// Checks every decision first, then records them in order, each as recorded by <paramref name="recorder"/> for the
    /// meeting (the audit of the answers and the meeting's record say so); the errors are Swedish.
    /// </summary>
    public async Task<(MeetingDecisionOutcome Outcome, IReadOnlyList<string> Errors)> RecordAsync(
        Meeting meeting, IReadOnlyList<DecisionRequest> decisions, MeetingRecorder recorder, CancellationToken cancellationToken)
    {
        var matters = (await agenda.MatterRowsAsync(meeting, cancellationToken)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var errors = new List<string>();
        if (decisions.Count == 0) errors.Add("Ange minst ett beslut (decisions).");
        if (decisions.Any(d => d is null)) return (MeetingDecisionOutcome.Invalid, ["Varje beslut (decisions) ska vara ett objekt med agendaItemId, outcome och paragraph."]);
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
        if ((CommitteeMeetingRules.Refusal(meeting, clock.GetUtcNow(), CommitteeMeetingRules.Step.RecordDecisions) ?? await justering.LockedAsync(meeting, cancellationToken)) is { } refused)
            return (MeetingDecisionOutcome.AlreadyDecided, [refused]);
        for (var i = 0; i < decisions.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(decisions[i].AgendaItemId) || !matters.TryGetValue(decisions[i].AgendaItemId!, out var item))
                errors.Add($"decisions[{i}]: ärendet '{decisions[i].AgendaItemId}' finns inte på sammanträdets föredragningslista.");
            else if (TaskChoices.Match(ChoicesOf(item), decisions[i].Outcome) is null)
                errors.Add($"decisions[{i}]: ”{item.Matter}” är {(MeetingAgenda.KindOf(item) == AgendaItemKind.Information ? "en informationspunkt" : "ett beslutsärende")}; giltiga beslut: {TaskChoices.Describe(ChoicesOf(item))}.");
        }
        var attendees = await calendar.AttendeesAsync(meeting.Id, cancellationToken);
        var serving = await attendance.ServingAsync(attendees, cancellationToken);
        var defaultPresenter = (await directory.FindByRoleAsync(Role.Esamordnare, cancellationToken: cancellationToken)).FirstOrDefault()?.Id;
        var people = new Dictionary<int, (List<string> Reservations, string? Presenter)>();
        for (var i = 0; i < decisions.Count; i++)
            people[i] = await PeopleAsync(decisions[i], i, matters.GetValueOrDefault(decisions[i].AgendaItemId ?? ""), attendees, serving, defaultPresenter, errors, cancellationToken);
        if (errors.Count > 0) return (MeetingDecisionOutcome.Invalid, errors);

        var taken = await ParagraphsOfYearAsync(meeting, cancellationToken);
        var used = decisions.Select(d => Paragraphs.Format(Paragraphs.Parse(d.Paragraph)!.Value)).Where(taken.ContainsKey).ToList();
        if (used.Count > 0)
            return (MeetingDecisionOutcome.AlreadyDecided, [.. used.Select(p => $"{p} är redan använd i nämndens protokoll {meeting.Date.Year} (sammanträdet {SwedishDates.Day(taken[p])}).")]);

        var decided = await agenda.DecidedAsync([.. decisions.Select(d => matters[d.AgendaItemId!])], cancellationToken);
        if (decided.Count > 0) return (MeetingDecisionOutcome.AlreadyDecided, [.. decided.Select(m => $"Ärendet ”{m.Matter}” har redan ett registrerat beslut.")]);

        for (var i = 0; i < decisions.Count; i++)
        {
            var decision = decisions[i];
            var matter = matters[decision.AgendaItemId!];
            var outcome = TaskChoices.Match(ChoicesOf(matter), decision.Outcome)!.Value;
            var paragraph = Paragraphs.Normalize(decision.Paragraph);
            var note = string.IsNullOrWhiteSpace(decision.Note) ? null : decision.Note.Trim().ReplaceLineEndings("\n");
            var taskId = await OpenTaskAsync(matter, cancellationToken);
            if (taskId is not null)
            {
                // Recorded for the meeting, a decision is in force at the justering, unless declared omedelbart justerad or justering is done.
                var record = new MeetingRecord(meeting.Date, decision.Immediate, meeting.JusteradOn, meeting.Id);
                var result = await tasks.CompleteOnBehalfAsync(taskId, new TaskAnswer(null, outcome, note, paragraph, Meeting: record, RecordedBy: recorder.By), TaskChannels.Meeting, cancellationToken);
                if (result.Access != TaskAccess.Decided) return (MeetingDecisionOutcome.AlreadyDecided, [$"Ärendet ”{matter.Matter}” kunde inte beslutas: {result.Error ?? TaskMessages.AlreadyDecided}"]);
            }
            if (!await SaveAsync(meeting, matter, new MeetingDecisionRow
                {
                    AgendaItemId = matter.Id, MeetingId = meeting.Id, Outcome = outcome, Paragraph = paragraph, Note = note, DecidedAt = clock.GetUtcNow(),
                    Immediate = decision.Immediate, Reservations = JsonSerializer.Serialize(people[i].Reservations, ValueConverter.JsonOptions), Presenter = people[i].Presenter,
                }, recorder, cancellationToken))
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

    // Who reserved themselves (voting members present) and who presented the matter; errors go to the list.
    private async Task<(List<string> Reservations, string? Presenter)> PeopleAsync(DecisionRequest decision, int index, AgendaItemRow? matter,
        IReadOnlyList<MeetingAttendanceRow> attendees, IReadOnlyDictionary<string, Participant> serving, string? defaultPresenter, List<string> errors,
        CancellationToken cancellationToken)
    {
        var reservations = (decision.Reservations ?? []).Select(r => r?.Trim() ?? "").ToList();
        if (reservations.Count > 0 && matter is not null && MeetingAgenda.KindOf(matter) == AgendaItemKind.Information)
            errors.Add($"decisions[{index}]: en informationspunkt läggs till handlingarna; ingen kan reservera sig mot den.");
        if (reservations.Distinct(StringComparer.Ordinal).Count() != reservations.Count) errors.Add($"decisions[{index}]: samma person reserverar sig flera gånger.");
        foreach (var id in reservations)
        {
            var attendee = attendees.FirstOrDefault(a => a.ParticipantId == id);
            if (id.Length == 0 || await directory.FindByIdAsync(id, cancellationToken) is null) errors.Add($"decisions[{index}]: '{id}' som reserverar sig finns inte bland personerna.");
            // With attendance recorded, only a member who took part in the decision can reserve themselves: a ledamot or
            // the chair present, or a substitute serving for an absent ledamot.
            else if (attendees.Count > 0 && !(attendee?.Role is nameof(Role.Ledamot) or nameof(Role.Ordforande) || serving.ContainsKey(id)))
                errors.Add($"decisions[{index}]: '{id}' deltog inte i beslutet och kan inte reservera sig.");
        }
        var presenter = string.IsNullOrWhiteSpace(decision.Presenter) ? defaultPresenter : decision.Presenter.Trim();
        if (!string.IsNullOrWhiteSpace(decision.Presenter) && await directory.FindByIdAsync(presenter!, cancellationToken) is null)
            errors.Add($"decisions[{index}]: föredraganden '{presenter}' finns inte bland personerna.");
        return (reservations, presenter);
    }

    private async Task<bool> SaveAsync(Meeting meeting, AgendaItemRow matter, MeetingDecisionRow decision, MeetingRecorder recorder, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Set<MeetingDecisionRow>().Add(decision);
        log.Add(db, meeting.Id, MeetingLog.Kinds.Decision, recorder,
            $"{decision.Paragraph} ”{matter.Matter}”: {OutcomeTexts.Of(decision.Outcome, AwaitCommitteeDecision.TaskKind)}{(decision.Immediate ? ", omedelbart justerad" : "")}");
        try
        {
            // Persistence point: the decision as recorded for the meeting (the item id is the key, so it is recorded once), and its entry in the record.
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
        {
            return false;
        }
    }
}
