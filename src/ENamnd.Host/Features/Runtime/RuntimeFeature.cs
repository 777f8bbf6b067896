namespace ENamnd.Host.Features.Runtime;

/// <summary>The runtime API: definitions, instances and the recurring jobs' trigger.</summary>
public sealed class RuntimeFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        // Nothing of its own: the runtime and the scheduling are infrastructure.
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapWorkflowEndpoints().MapJobEndpoints();
}
