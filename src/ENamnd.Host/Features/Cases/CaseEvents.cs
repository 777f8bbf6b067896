using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features.Webhooks;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using ENamnd.Workflows.Process;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Cases;

/// <summary>
/// The events of a case, written in the transaction of its main process's step: <c>case.started</c> with the step that opens
/// the case, <c>case.phase-changed</c> when the step changes the phase variable, <c>case.ended</c> when it ends the process.
/// What the state was before the step comes from the step itself; a step rolled back writes no event, and its retry writes it then.
/// </summary>
public sealed class CaseEvents(WebhookEvents events) : IStepTransactionObserver
{
    /// <inheritdoc />
    public bool Observes(WorkflowStep step) => step.Instance.DefinitionId == ProcessIds.MainProcess;

    /// <inheritdoc />
    public async Task OnStepAsync(ENamndDbContext db, WorkflowStep step, CancellationToken cancellationToken)
    {
        var instance = step.Instance;
        var opened = step.Records.Where(r => r.Kind == CaseOpenedWriter.RecordKind)
            .Select(r => r.Payload.Deserialize<CaseRow>(ValueConverter.JsonOptions)).FirstOrDefault(r => r is not null);
        var row = opened ?? await db.Set<CaseRow>().AsNoTracking().FirstOrDefaultAsync(c => c.InstanceId == instance.Id, cancellationToken);
        // A main process started without a case (through the runtime API) is no case to tell anyone about.
        if (row is null) return;
        var at = instance.UpdatedAt;
        if (opened is not null)
        {
            var municipalities = JsonSerializer.Deserialize<List<string>>(opened.InitiatingMunicipalities) ?? [];
            await events.AddAsync(db, WebhookEventTypes.CaseStarted, row.Id, opened.CreatedAt,
                new CaseStartedData(row.Id, row.CaseNumber, row.Title, municipalities), instance.Id, cancellationToken);
        }
        // The step knows what it changed: the phase before it, if it set the phase, and the sub-status it began in.
        var phase = PhaseOf(instance.Variables);
        var previousPhase = opened is not null ? ""
            : step.VariablesBefore.TryGetValue(ProcessVariables.Phase, out var phaseBefore) ? PhaseOf(phaseBefore) : phase;
        if (phase.Length > 0 && phase != previousPhase)
        {
            // The journal's sequence is the instance's own count, so the same step makes the same key.
            var key = $"{instance.Id}:{step.NewJournalEntries.Select(e => e.Sequence).DefaultIfEmpty(instance.UpdatedAt.UtcTicks).First()}";
            await events.AddAsync(db, WebhookEventTypes.CasePhaseChanged, key, at,
                new CasePhaseChangedData(row.Id, row.CaseNumber, IdOf(phase), phase, previousPhase.Length == 0 ? null : IdOf(previousPhase), previousPhase.Length == 0 ? null : previousPhase),
                instance.Id, cancellationToken);
        }
        if (Ended(instance.SubStatus) && (opened is not null || !Ended(step.SubStatusBefore)))
        {
            var cancelled = instance.SubStatus == WorkflowSubStatus.Cancelled;
            var result = cancelled ? null : ValueConverter.Convert<string>(instance.Variables[ProcessVariables.Result]);
            await events.AddAsync(db, WebhookEventTypes.CaseEnded, instance.Id, at,
                new CaseEndedData(row.Id, row.CaseNumber, instance.SubStatus.ToString(), string.IsNullOrEmpty(result) ? null : result, phase.Length == 0 ? null : phase),
                instance.Id, cancellationToken);
        }
    }

    private static bool Ended(WorkflowSubStatus subStatus) => subStatus is WorkflowSubStatus.Finished or WorkflowSubStatus.Cancelled;

    private static string PhaseOf(JsonObject variables) => PhaseOf(variables[ProcessVariables.Phase]);

    private static string PhaseOf(JsonNode? phase) => ValueConverter.Convert<string>(phase) ?? "";

    private static string IdOf(string phase) => ProcessIds.Phases.FirstOrDefault(p => p.Name == phase).Id ?? phase;
}
