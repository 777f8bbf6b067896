using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Host.Api;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ENamnd.Host.ParticipantDirectory;

/// <summary>
/// Wiring of the reference data and people: the durable participant directory, demo seeding and the
/// municipality, participant and allocation endpoints. (The folder is Directory/; the namespace is not
/// <c>ENamnd.Host.Directory</c> because that would hide <see cref="System.IO.Directory"/> in the whole host.)
/// </summary>
public static class DirectoryExtensions
{
    /// <summary>Adds the durable directory; call before the engine is added so it replaces the in-memory default.</summary>
    public static IServiceCollection AddENamndDirectory(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(MunicipalityRegistry.Default);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        services.AddSingleton<EfParticipantDirectory>();
        services.AddSingleton<IParticipantDirectory>(p => p.GetRequiredService<EfParticipantDirectory>());
        services.AddSingleton<DemoParticipantSeeder>();
        return services;
    }

    /// <summary>Maps <c>/api/municipalities</c>, <c>/api/participants</c> and <c>/api/allocations</c> (coordinator only, by the fallback policy).</summary>
    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMunicipalityEndpoints();
        app.MapParticipantEndpoints();
        app.MapAllocationEndpoints();
        return app;
    }
}
