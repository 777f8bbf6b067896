using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime.Alterations;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// The one way to run workflows: start an instance, resume a bookmark, cancel an instance, resume
/// due timers, deliver signals a crash left pending. Every call runs one step per instance under its
/// lock and commits it as a unit.
/// </summary>
public interface IWorkflowRuntime
{
    /// <summary>Starts an instance; with an explicit instance id a repeated call returns the existing instance.</summary>
    Task<WorkflowRunResult> StartAsync(StartWorkflowRequest request, CancellationToken cancellationToken = default);

    /// <summary>Resumes a bookmark with an input; a consumed bookmark reports <see cref="ResumeOutcome.AlreadyHandled"/> and changes nothing.</summary>
    Task<ResumeResult> ResumeAsync(string bookmarkId, JsonObject? input = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets variables of a running instance as a step of its own, under its lock: <paramref name="change"/> reads the
    /// current variables and returns the values to set (null for none). The instance after the step, or null when it
    /// does not exist, has ended or nothing changed.
    /// </summary>
    Task<WorkflowInstance?> SetVariablesAsync(string instanceId, Func<JsonObject, JsonObject?> change, CancellationToken cancellationToken = default);

    /// <summary>Cancels a running instance and its waiting subprocesses; null when the instance does not exist.</summary>
    Task<WorkflowInstance?> CancelAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies alterations (retry a faulted activity, cancel, migrate, set a variable) to an instance as one step under
    /// its lock and runs the work they scheduled; all or nothing. The result's log says what was done or refused.
    /// </summary>
    Task<AlterationResult> AlterAsync(string instanceId, IReadOnlyList<Alteration> alterations, CancellationToken cancellationToken = default);

    /// <summary>Resumes every timer bookmark that is due now; returns how many were resumed.</summary>
    Task<int> ResumeDueBookmarksAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Delivers the signals that committed steps sent but that were never recorded as delivered (a crash came between
    /// the commit and the delivery), those at least <paramref name="minimumAge"/> old: younger ones are left to the
    /// delivery that follows their commit. Returns how many were delivered.
    /// </summary>
    Task<int> DeliverPendingSignalsAsync(TimeSpan minimumAge, CancellationToken cancellationToken = default);
}
