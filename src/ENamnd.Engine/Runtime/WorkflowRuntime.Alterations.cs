using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime.Alterations;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <inheritdoc />
    public async Task<AlterationResult> AlterAsync(string instanceId, IReadOnlyList<Alteration> alterations, CancellationToken cancellationToken = default)
    {
        WorkflowStep step;
        AlterationResult result;
        await using (var session = await OpenAsync(instanceId, load: true, cancellationToken))
        {
            if (session.Instance is not { } instance)
            {
                var entry = new AlterationLogEntry($"Instansen \"{instanceId}\" finns inte.", LogLevel.Error, executor.Now);
                return new AlterationResult(instanceId, [entry], WorkflowHasScheduledWork: false, IsSuccessful: false);
            }
            var workflow = await LoadAsync(instance, cancellationToken);
            (var altered, result) = await executor.AlterAsync(workflow, instance, alterations,
                (version, ct) => FindVersionAsync(instance.DefinitionId, version, ct), ct => instances.JournalAsync(instanceId, ct), cancellationToken);
            if (altered is null)
            {
                logger.LogInformation("Alterations of {InstanceId} refused: {Reason}", instanceId, result.Log[^1].Message);
                return result;
            }
            step = altered;
            // Checkpoint: the alterations and the work they ran are durable together, or not at all.
            await session.CommitAsync(step, cancellationToken);
        }
        logger.LogInformation("Altered {InstanceId} ({CorrelationId}) with {Alterations}: {SubStatus}",
            instanceId, step.Instance.CorrelationId, string.Join(", ", alterations.Select(a => a.Type)), step.Instance.SubStatus);
        await DispatchAsync(step.Signals);
        return result with { Instance = step.Instance };
    }

    private async Task<Workflow?> FindVersionAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        await definitions.FindAsync(definitionId, VersionOptions.SpecificVersion(version), cancellationToken) is { } definition
            ? workflows.GetValue(definition, Workflow.From)
            : null;
}
