using ENamnd.Activities.Municipalities;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ENamnd.Host.Features.Municipalities;

/// <summary>The member municipalities: SCB reference data shipped with the application and the population years the coordinator imports.</summary>
public sealed class MunicipalitiesFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // The host's own registry, not the shared default: it takes the imported years (read at start-up by SeedAsync).
        services.Replace(ServiceDescriptor.Singleton(_ => MunicipalityRegistry.ReadEmbedded()));
        services.AddSingleton<PopulationStore>();
        services.AddSingleton<MunicipalityPopulations>();
        services.AddHostedService<PopulationRefresh>();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMunicipalityEndpoints();

    /// <inheritdoc />
    public Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<MunicipalityPopulations>().RefreshAsync(cancellationToken);
}
