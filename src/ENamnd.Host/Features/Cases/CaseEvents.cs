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
/// The stored state read here is the one before the step; a step rolled back writes no event, and its retry writes it then.
/// </summary>
public sealed class CaseEvents(WebhookEvents events) : IStepTransactionObserver
{
    /// <inheritdoc />
    public async Task OnStepAsync(ENamndDbContext db, WorkflowStep step, CancellationToken cancellationToken)
    {
        var instance = step.Instance;
        if (instance.DefinitionId != ProcessIds.MainProcess) return;
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
        var before = opened is not null ? null : await db.Instances.AsNoTracking().Where(i => i.Id == instance.Id)
            .Select(i => new { i.SubStatus, i.StateJson }).FirstOrDefaultAsync(cancellationToken);
        var (previousPhase, phase) = (PhaseOf(before?.StateJson), PhaseOf(instance.Variables));
        if (phase.Length > 0 && phase != previousPhase)
        {
            // The journal's sequence is the instance's own count, so the same step makes the same key.
            var key = $"{instance.Id}:{step.NewJournalEntries.Select(e => e.Sequence).DefaultIfEmpty(instance.UpdatedAt.UtcTicks).First()}";
            await events.AddAsync(db, WebhookEventTypes.CasePhaseChanged, key, at,
                new CasePhaseChangedData(row.Id, row.CaseNumber, IdOf(phase), phase, previousPhase.Length == 0 ? null : IdOf(previousPhase), previousPhase.Length == 0 ? null : previousPhase),
                instance.Id, cancellationToken);
        }
        if (Ended(instance.SubStatus.ToString()) && !Ended(before?.SubStatus))
        {
            var cancelled = instance.SubStatus == WorkflowSubStatus.Cancelled;
            var result = cancelled ? null : ValueConverter.Convert<string>(instance.Variables[ProcessVariables.Result]);
            await events.AddAsync(db, WebhookEventTypes.CaseEnded, instance.Id, at,
                new CaseEndedData(row.Id, row.CaseNumber, instance.SubStatus.ToString(), string.IsNullOrEmpty(result) ? null : result, phase.Length == 0 ? null : phase),
                instance.Id, cancellationToken);
        }
    }

    private static bool Ended(string? subStatus) => subStatus is nameof(WorkflowSubStatus.Finished) or nameof(WorkflowSubStatus.Cancelled);

    private static string PhaseOf(JsonObject variables) => ValueConverter.Convert<string>(variables[ProcessVariables.Phase]) ?? "";

    // The stored state is serialized with JSON's web defaults: the variables are "variables".
    private static string PhaseOf(string? stateJson) =>
        stateJson is null ? "" : JsonNode.Parse(stateJson)?["variables"] is JsonObject variables ? PhaseOf(variables) : "";

    private static string IdOf(string phase) => ProcessIds.Phases.FirstOrDefault(p => p.Name == phase).Id ?? phase;
}
