using ENamnd.Engine.Runtime;

namespace ENamnd.Persistence;

/// <summary>
/// Sees every step inside its transaction, before the instance's new state is written (so the stored state is still the
/// one before the step), and may add rows to the step's context; throwing rolls the step back.
/// </summary>
public interface IStepTransactionObserver
{
    /// <summary>Adds what <paramref name="step"/> implies to <paramref name="db"/> (saved with the step).</summary>
    Task OnStepAsync(ENamndDbContext db, WorkflowStep step, CancellationToken cancellationToken);
}
