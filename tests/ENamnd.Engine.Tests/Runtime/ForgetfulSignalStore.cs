using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Runtime;

/// <summary>The in-memory pending signals, but recording a delivery fails while <see cref="Forget"/> is set, as a crash right after the delivery would leave it.</summary>
public sealed class ForgetfulSignalStore(InMemoryWorkflowStateStore store) : IPendingSignalStore
{
    /// <summary>Whether recording a delivery fails.</summary>
    public bool Forget { get; set; } = true;

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingSignal>> ListPendingAsync(DateTimeOffset committedBy, int max, CancellationToken cancellationToken = default) =>
        store.ListPendingAsync(committedBy, max, cancellationToken);

    /// <inheritdoc />
    public Task MarkDeliveredAsync(string signalId, CancellationToken cancellationToken = default) =>
        Forget ? throw new InvalidOperationException("Leveransen kunde inte sparas.") : store.MarkDeliveredAsync(signalId, cancellationToken);
}
