using ENamnd.Host.Infrastructure.Security;

namespace ENamnd.Host.Features.ApiDocs;

/// <summary>
/// The description of the domain API <c>/api</c>: its OpenAPI 3.1 document at <see cref="ApiDocument.Route"/> and the
/// interactive reference page at <see cref="ApiReferencePage.Path"/>, both for the coordinator only.
/// </summary>
public sealed class ApiDocsFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services) => services.AddOpenApi(ApiDocument.Name, ApiDocument.Configure);

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(ApiDocument.Route).RequireCoordinator();
        ApiReferencePage.Map(endpoints).RequireCoordinator();
    }
}
