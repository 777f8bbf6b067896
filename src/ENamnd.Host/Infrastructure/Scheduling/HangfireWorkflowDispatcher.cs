using ENamnd.Engine.Runtime;
using Hangfire;

namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>Dispatches a workflow as a Hangfire job that starts it (<see cref="WorkflowJobs.StartWorkflowAsync"/>).</summary>
public sealed class HangfireWorkflowDispatcher(IBackgroundJobClient jobs) : IWorkflowDispatcher
{
    /// <inheritdoc />
    public Task DispatchAsync(StartWorkflowRequest request, CancellationToken cancellationToken = default)
    {
        var instanceId = request.InstanceId ?? throw new ArgumentException("A dispatched start needs its instance id.", nameof(request));
        var version = request.VersionOptions.ToString();
        var input = request.Input?.ToJsonString();
        jobs.Enqueue<WorkflowJobs>(j => j.StartWorkflowAsync(request.DefinitionId, version, instanceId, request.CorrelationId, input, CancellationToken.None));
        return Task.CompletedTask;
    }
}
