using ENamnd.Engine.Runtime;
using ENamnd.Persistence;

namespace ENamnd.Host.Infrastructure.Telemetry;

/// <summary>Counts every committed workflow step by its workflow definition.</summary>
public sealed class StepCommitMetrics(ENamndMetrics metrics) : IStepCommitListener
{
    /// <inheritdoc />
    public Task OnCommittedAsync(WorkflowStep step, CancellationToken cancellationToken)
    {
        metrics.StepCommitted(step.Instance.DefinitionId);
        return Task.CompletedTask;
    }
}
