using ENamnd.Engine.Runtime;

namespace ENamnd.Persistence;

/// <summary>Hears of a step after it is committed (to schedule timers, wake the outbox). Failures are logged; sweeps recover.</summary>
public interface IStepCommitListener
{
    /// <summary>Reacts to a committed step.</summary>
    Task OnCommittedAsync(WorkflowStep step, CancellationToken cancellationToken);
}
