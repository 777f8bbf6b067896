using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Runtime.Alterations;

namespace ENamnd.Host.Infrastructure.Telemetry;

/// <summary>The runtime, with its resumes counted and traced: the one resume path, so every resume passes here.</summary>
public sealed class MeteredWorkflowRuntime(IWorkflowRuntime inner, ENamndMetrics metrics) : IWorkflowRuntime
{
    /// <inheritdoc />
    public Task<WorkflowRunResult> StartAsync(StartWorkflowRequest request, CancellationToken cancellationToken = default) =>
        inner.StartAsync(request, cancellationToken);

    /// <inheritdoc />
    public async Task<ResumeResult> ResumeAsync(string bookmarkId, JsonObject? input = null, CancellationToken cancellationToken = default)
    {
        using var activity = ENamndTelemetry.ActivitySource.StartActivity("workflow resume");
        activity?.SetTag("enamnd.bookmark.id", bookmarkId);
        var result = await inner.ResumeAsync(bookmarkId, input, cancellationToken);
        var outcome = result.Outcome == ResumeOutcome.Resumed ? "resumed" : "already_handled";
        activity?.SetTag("enamnd.resume.outcome", outcome);
        metrics.Resumed(outcome);
        return result;
    }

    /// <inheritdoc />
    public Task<WorkflowInstance?> SetVariablesAsync(string instanceId, Func<JsonObject, JsonObject?> change, CancellationToken cancellationToken = default) =>
        inner.SetVariablesAsync(instanceId, change, cancellationToken);

    /// <inheritdoc />
    public Task<AlterationResult> AlterAsync(string instanceId, IReadOnlyList<Alteration> alterations, CancellationToken cancellationToken = default) =>
        inner.AlterAsync(instanceId, alterations, cancellationToken);

    /// <inheritdoc />
    public Task<WorkflowInstance?> CancelAsync(string instanceId, CancellationToken cancellationToken = default) =>
        inner.CancelAsync(instanceId, cancellationToken);

    /// <inheritdoc />
    public async Task<int> ResumeDueBookmarksAsync(CancellationToken cancellationToken = default)
    {
        // The runtime resumes due timers itself, past this decorator; they are counted here by their number.
        var resumed = await inner.ResumeDueBookmarksAsync(cancellationToken);
        metrics.Resumed("resumed", resumed);
        return resumed;
    }

    /// <inheritdoc />
    public Task<int> DeliverPendingSignalsAsync(TimeSpan minimumAge, CancellationToken cancellationToken = default) =>
        inner.DeliverPendingSignalsAsync(minimumAge, cancellationToken);
}
