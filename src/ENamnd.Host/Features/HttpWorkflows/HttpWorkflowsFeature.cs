using ENamnd.Engine.Activities.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.HttpWorkflows;

/// <summary>
/// Workflow HTTP endpoints (Elsa's HTTP module): requests under the configured base path (<c>/workflows</c>) start the
/// published workflows whose <see cref="HttpEndpoint"/> triggers match them, or resume instances waiting on a matching
/// endpoint, and get the answer their <see cref="WriteHttpResponse"/> writes.
/// </summary>
public sealed class HttpWorkflowsFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<HttpActivityOptions>().BindConfiguration(HttpActivityOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HttpActivityOptions>, HttpActivityOptionsValidator>());
        // The activities read the same options as the endpoints, from the container.
        services.AddSingleton(p => p.GetRequiredService<IOptions<HttpActivityOptions>>().Value);
        services.AddSingleton<HttpWorkflowRoutes>();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapHttpWorkflows();
}
