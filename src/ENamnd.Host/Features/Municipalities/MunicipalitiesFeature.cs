namespace ENamnd.Host.Features.Municipalities;

/// <summary>The member municipalities (SCB reference data).</summary>
public sealed class MunicipalitiesFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        // Nothing of its own: the registry is the domain's (ENamnd.Activities).
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMunicipalityEndpoints();
}
