namespace ENamnd.Engine.Runtime;

/// <summary>
/// Starts workflows in the background (Elsa's dispatch): the caller gets on without waiting for the first step. The
/// request carries its instance id, so a start that is tried again finds the instance it already made.
/// </summary>
public interface IWorkflowDispatcher
{
    /// <summary>Queues the start of <paramref name="request"/>, whose <see cref="StartWorkflowRequest.InstanceId"/> is set.</summary>
    Task DispatchAsync(StartWorkflowRequest request, CancellationToken cancellationToken = default);
}
