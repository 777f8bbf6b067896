namespace ENamnd.Host.Features.Overview;

/// <summary>The coordinator's overview (the application's start page): what needs the coordinator now.</summary>
public sealed class OverviewFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services) => services.AddSingleton<OverviewQueries>();

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The overview is a page of the application (OverviewPage), found by the app's router; it has no API of its own.
    }
}
