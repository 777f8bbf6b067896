using ENamnd.Engine.Runtime;

namespace ENamnd.Persistence;

/// <summary>
/// Sees the steps it observes inside their transaction, before the instance's new state is written, and may add rows to
/// the step's context; throwing rolls the step back.
/// </summary>
public interface IStepTransactionObserver
{
    /// <summary>
    /// Whether <see cref="OnStepAsync"/> should see <paramref name="step"/>; answered from the step alone, without the
    /// database, so a step no observer wants is written without a context.
    /// </summary>
    bool Observes(WorkflowStep step);

    /// <summary>Adds what <paramref name="step"/> implies to <paramref name="db"/> (saved with the step).</summary>
    Task OnStepAsync(ENamndDbContext db, WorkflowStep step, CancellationToken cancellationToken);
}
