namespace ENamnd.Host.Features;

/// <summary>
/// One capability of the host (tasks, cases, meetings, …): it registers its services, options and recurring jobs, seeds its
/// demo data and maps its endpoints. Adding a feature is a folder with one <c>XFeature</c> class and a line in <see cref="HostFeatures"/>.
/// </summary>
public interface IHostFeature
{
    /// <summary>Registers the feature's services, options (validated at start-up) and jobs.</summary>
    void AddServices(IServiceCollection services);

    /// <summary>Maps the feature's endpoints (after security is in the pipeline).</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Seeds the feature's data once the database is ready, before the host serves (by default nothing).</summary>
    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
