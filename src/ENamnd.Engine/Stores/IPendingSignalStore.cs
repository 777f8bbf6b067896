using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Stores;

/// <summary>
/// The signals committed with their steps (<see cref="IWorkflowStepCommitter"/>) and not yet delivered: what a crash
/// between a commit and its delivery left behind, for the sweep to deliver again.
/// </summary>
public interface IPendingSignalStore
{
    /// <summary>
    /// Undelivered signals committed at or before <paramref name="committedBy"/>, oldest step first (the signals of one
    /// step go to different instances, so in any order), at most <paramref name="max"/>.
    /// </summary>
    Task<IReadOnlyList<PendingSignal>> ListPendingAsync(DateTimeOffset committedBy, int max, CancellationToken cancellationToken = default);

    /// <summary>Records that a signal was delivered, so it is not delivered again; an unknown id is a no-op.</summary>
    Task MarkDeliveredAsync(string signalId, CancellationToken cancellationToken = default);
}
