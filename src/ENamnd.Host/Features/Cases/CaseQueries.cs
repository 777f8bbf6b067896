using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Host.Features.Meetings;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using ENamnd.Workflows.Process;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Cases;

/// <summary>Reads cases: where each stands (from its instances' state), its open tasks and decisions (from the task tables).</summary>
public sealed class CaseQueries(IDbContextFactory<ENamndDbContext> contexts, IWorkflowInstanceStore instances, MunicipalityRegistry municipalities, MeetingAgenda agenda)
{
    // Structural activities say nothing to a coordinator reading a case's journal.
    private static readonly HashSet<string> Quiet = new(StringComparer.Ordinal)
        { "Elsa.Flowchart", "Elsa.Start", "Elsa.SetVariable", "Elsa.FlowSwitch", "Elsa.FlowDecision", "Elsa.Decision" };

    private const int JournalLimit = 500;

    /// <summary>The cases, newest first, optionally only those in a phase (name or definition id) or with a status.</summary>
    public async Task<IReadOnlyList<CaseSummary>> ListAsync(string? phase, CaseStatus? status, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<CaseRow>().AsNoTracking().ToListAsync(cancellationToken);
        // One query for every case's main process, not one per case, and only its status and variables: the rest of
        // its state (journal, activity states) is most of its size and the list shows none of it.
        var mains = await InstanceVariables.ListAsync(db, ProcessIds.MainProcess, cancellationToken);
        var waiting = (await db.Tasks.AsNoTracking().Where(t => t.Status == HumanTaskStatus.Open && t.CaseNumber != null)
                .Select(t => new { t.CaseNumber, t.RecipientName, t.RecipientEmail, t.MunicipalityCode, t.DueAt }).ToListAsync(cancellationToken))
            .GroupBy(t => t.CaseNumber!)
            .ToDictionary(g => g.Key, g => (
                WaitingOn: WaitingOn([.. g.Select(t => NameOf(t.MunicipalityCode) ?? t.RecipientName ?? t.RecipientEmail)]),
                NextDeadline: g.Min(t => t.DueAt)));
        var result = new List<CaseSummary>();
        foreach (var row in rows.OrderByDescending(r => r.CreatedAt))
        {
            var main = mains.GetValueOrDefault(row.InstanceId);
            var (caseStatus, text, _) = StatusOf(row, main);
            var phaseName = PhaseOf(main?.Variables);
            if (status is { } wanted && wanted != caseStatus) continue;
            if (!string.IsNullOrWhiteSpace(phase) && !MatchesPhase(phase, phaseName)) continue;
            var open = waiting.GetValueOrDefault(row.CaseNumber);
            result.Add(new CaseSummary(row.Id, row.CaseNumber, row.Title, phaseName, caseStatus, text, Participants(main?.Variables), row.CreatedAt, open.WaitingOn, open.NextDeadline));
        }
        return result;
    }

    /// <summary>A case by its id or its case number; null when there is none.</summary>
    public async Task<CaseDetails?> FindAsync(string idOrNumber, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<CaseRow>().AsNoTracking().Named(idOrNumber).FirstOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        var all = await instances.ListAsync(new WorkflowInstanceFilter(CorrelationId: row.CaseNumber), cancellationToken);
        // Every journal of the case in one query: the case page shows them merged.
        var journals = await instances.JournalsAsync([.. all.Select(i => i.Id)], cancellationToken);
        IReadOnlyList<JournalEntry> JournalOf(WorkflowInstance instance) => journals.GetValueOrDefault(instance.Id) ?? [];
        var main = all.FirstOrDefault(i => i.Id == row.InstanceId);
        var phases = all.Where(i => i.Id != row.InstanceId && i.Parent?.InstanceId == row.InstanceId).OrderBy(i => i.CreatedAt).ToList();
        var phaseOfInstance = all.ToDictionary(i => i.Id, i => i.Id == row.InstanceId ? "Huvudprocess" : ProcessIds.NameOf(i.DefinitionId));
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.CaseNumber == row.CaseNumber).ToListAsync(cancellationToken);
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.CaseNumber == row.CaseNumber).ToListAsync(cancellationToken);
        var (status, text, outcome) = StatusOf(row, main);
        var titles = tasks.ToDictionary(t => t.Id, t => t.Title);
        var committee = await agenda.CaseDecisionsAsync(row.CaseNumber, cancellationToken);
        var initiators = Municipalities(JsonSerializer.Deserialize<List<string>>(row.InitiatingMunicipalities) ?? []);
        var decisionViews = decisions.OrderBy(d => d.DecidedAtUtc).Select(d => new CaseDecisionView(
            d.TaskId, d.Kind, titles.GetValueOrDefault(d.TaskId, ""), d.Outcome, d.Reference, d.Comment, d.DecidedBy,
            NameOf(tasks.FirstOrDefault(t => t.Id == d.TaskId)?.MunicipalityCode), d.DecidedAtUtc, Phase(phaseOfInstance, d.InstanceId),
            OutcomeTexts.Of(d.Outcome, d.Kind),
            committee.TryGetValue(d.TaskId, out var held)
                ? new CaseCommitteeDecisionView(held.Meeting.Date, held.Decision.EffectiveAt, held.Decision.AppealEndsAt, held.Decision.LagaKraftAt, held.Decision.Appeal)
                : null)).ToList();
        return new CaseDetails(
            row.Id, row.CaseNumber, row.Title, row.Description, PhaseOf(main), status, text, outcome,
            initiators, Participants(main),
            [.. tasks.Where(t => t.Status == HumanTaskStatus.Open).OrderBy(t => t.OpenedAt).Select(t => new CaseTaskView(
                t.Id, t.Kind, t.Title, t.RecipientEmail, t.RecipientName, NameOf(t.MunicipalityCode), t.OpenedAt, t.DueAt, Phase(phaseOfInstance, t.InstanceId),
                t.RemindersSent, t.LastRemindedAt))],
            decisionViews,
            [.. all.Where(i => i.Id != row.InstanceId).OrderBy(i => i.CreatedAt).SelectMany(i => Commitments(i, JournalOf(i)))],
            [.. phases.Select(p => new CasePhaseView(ProcessIds.NameOf(p.DefinitionId), p.DefinitionId, p.Version, p.Id, p.Status.ToString(),
                ValueConverter.Convert<string>(p.Output[ProcessVariables.Decision]), p.CreatedAt, p.FinishedAt))],
            [.. all.SelectMany(i => JournalOf(i).Where(e => !Quiet.Contains(e.ActivityType)).Select(e => new CaseJournalEntry(
                e.Timestamp, phaseOfInstance[i.Id], e.ActivityName ?? e.ActivityId, e.ActivityType, e.EventType.ToString(), e.Outcomes, e.Message)))
                .OrderBy(e => e.At).TakeLast(JournalLimit)],
            row.InstanceId, row.CreatedAt, row.CancelledAt, row.CancelReason, phases.Any(CaseContracts.WaitsForContract),
            CaseParticipantLedger.Of(initiators, row.CreatedAt, decisionViews, all, municipalities));
    }

    /// <summary>Status, its Swedish text and the outcome, from the case row and the main instance.</summary>
    public static (CaseStatus Status, string Text, string? Outcome) StatusOf(CaseRow row, WorkflowInstance? main) =>
        StatusOf(row, main is null ? null : new InstanceVariablesRow(main.Status, main.SubStatus, main.Variables));

    /// <summary>Status, its Swedish text and the outcome, from the case row and the main instance's status and variables.</summary>
    public static (CaseStatus Status, string Text, string? Outcome) StatusOf(CaseRow row, InstanceVariablesRow? main)
    {
        var outcome = main is null ? null : ValueConverter.Convert<string>(main.Variables[ProcessVariables.Result]);
        if (string.IsNullOrEmpty(outcome)) outcome = null;
        return main?.Status switch
        {
            _ when row.CancelledAt is not null => (CaseStatus.Cancelled, CaseStatusTexts.Of(CaseStatus.Cancelled), row.CancelReason),
            WorkflowStatus.Running when main.SubStatus == WorkflowSubStatus.Faulted => (CaseStatus.Faulted, CaseStatusTexts.Of(CaseStatus.Faulted), outcome),
            WorkflowStatus.Running => (CaseStatus.Running, CaseStatusTexts.Of(CaseStatus.Running), outcome),
            WorkflowStatus.Finished when main.SubStatus == WorkflowSubStatus.Cancelled => (CaseStatus.Cancelled, CaseStatusTexts.Of(CaseStatus.Cancelled), outcome),
            WorkflowStatus.Finished when main.SubStatus == WorkflowSubStatus.Faulted => (CaseStatus.Faulted, CaseStatusTexts.Of(CaseStatus.Faulted), outcome),
            WorkflowStatus.Finished when outcome is not null && outcome.StartsWith("Stoppad", StringComparison.Ordinal) => (CaseStatus.Stopped, CaseStatusTexts.Of(CaseStatus.Stopped), outcome),
            WorkflowStatus.Finished => (CaseStatus.Completed, CaseStatusTexts.Of(CaseStatus.Completed), outcome),
            _ => (CaseStatus.Faulted, "Huvudprocessen saknas", outcome),
        };
    }

    private static string PhaseOf(WorkflowInstance? main) => PhaseOf(main?.Variables);

    private static string PhaseOf(JsonObject? variables) =>
        variables is null ? "" : ValueConverter.Convert<string>(variables[ProcessVariables.Phase]) ?? "";

    private static bool MatchesPhase(string wanted, string phase) =>
        string.Equals(wanted, phase, StringComparison.OrdinalIgnoreCase)
        || string.Equals(ProcessIds.NameOf(wanted.Trim()), phase, StringComparison.OrdinalIgnoreCase);

    private static string Phase(Dictionary<string, string> phaseOfInstance, string instanceId) => phaseOfInstance.GetValueOrDefault(instanceId, "");

    private IReadOnlyList<CaseMunicipality> Participants(WorkflowInstance? main) => Participants(main?.Variables);

    private IReadOnlyList<CaseMunicipality> Participants(JsonObject? variables) =>
        Municipalities(variables is null ? [] : ValueConverter.Convert<List<string>>(variables[ProcessVariables.Participants]) ?? []);

    private IReadOnlyList<CaseMunicipality> Municipalities(IEnumerable<string> codes) =>
        [.. codes.Select(c => municipalities.Find(c) is { } m ? new CaseMunicipality(m.Code, m.Name) : new CaseMunicipality(c, c))];

    // "Luleå", "Boden och Luleå", "Boden, Luleå och 3 till": the short names, as the case list shows municipalities.
    private static string WaitingOn(IReadOnlyList<string> who)
    {
        var names = who.Distinct(StringComparer.Ordinal).Order(StringComparer.Create(SwedishDates.Culture, ignoreCase: true)).ToList();
        return names.Count switch
        {
            1 => names[0],
            2 => $"{names[0]} och {names[1]}",
            _ => $"{names[0]}, {names[1]} och {names.Count - 2} till",
        };
    }

    private string? NameOf(string? code) => code is null ? null : municipalities.Find(code)?.Name ?? code;

    // The commitments each finished or running guarantee round holds, from the activity's output.
    private static IEnumerable<CaseCommitmentView> Commitments(WorkflowInstance phase, IReadOnlyList<JournalEntry> journal) =>
        GuaranteeRounds.Of(phase, journal).SelectMany(round => round.Commitments).Select(entry => new CaseCommitmentView(
            ProcessIds.NameOf(phase.DefinitionId), entry.Code, entry.Name, entry.Amount, entry.Cap, entry.Model.ToString(), entry.Validity, entry.Status.ToString(), entry.Signer, entry.At));
}
