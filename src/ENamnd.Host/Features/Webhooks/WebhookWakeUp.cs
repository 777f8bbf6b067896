using ENamnd.Engine.Runtime;
using ENamnd.Persistence;
using ENamnd.Persistence.Outbox;

namespace ENamnd.Host.Features.Webhooks;

/// <summary>After a committed step that wrote events, asks for the outbox to be sent soon.</summary>
public sealed class WebhookWakeUp(WebhookEvents events, IOutboxWakeUp outbox) : IStepCommitListener
{
    private long woken;

    /// <inheritdoc />
    public Task OnCommittedAsync(WorkflowStep step, CancellationToken cancellationToken)
    {
        // Checkpoint: the events are durable in the outbox. The count is shared by all steps, so a step that commits just after
        // another one's dispatch may find nothing new to wake for; its events then go with the periodic dispatch.
        var written = events.Written;
        if (Interlocked.Exchange(ref woken, written) != written) outbox.Wake();
        return Task.CompletedTask;
    }
}
