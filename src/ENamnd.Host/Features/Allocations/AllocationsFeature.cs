namespace ENamnd.Host.Features.Allocations;

/// <summary>Cost splits between municipalities (preview).</summary>
public sealed class AllocationsFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        // Nothing of its own: it uses the municipalities and the allocator of the domain.
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAllocationEndpoints();
}
