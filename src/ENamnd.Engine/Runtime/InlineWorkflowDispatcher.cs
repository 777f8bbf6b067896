namespace ENamnd.Engine.Runtime;

/// <summary>The dispatcher of an engine without a job queue (tests, tools): it starts the workflow at once, through the runtime.</summary>
public sealed class InlineWorkflowDispatcher(IWorkflowRuntime runtime) : IWorkflowDispatcher
{
    /// <inheritdoc />
    public Task DispatchAsync(StartWorkflowRequest request, CancellationToken cancellationToken = default) => runtime.StartAsync(request, cancellationToken);
}
