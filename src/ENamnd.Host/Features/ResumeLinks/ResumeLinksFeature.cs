using ENamnd.Designer.Api;
using ENamnd.Designer.Api.Tokens;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features.Tasks;
using ENamnd.Host.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.ResumeLinks;

/// <summary>
/// Workflows' resume links (Elsa's <c>createEventTriggerUrl</c> and bookmark trigger URLs): built on <c>Host:PublicBaseUrl</c>,
/// answered anonymously under <c>/elsa/api</c>, rate limited like the task links.
/// </summary>
public sealed class ResumeLinksFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<ResumeLinkOptions>().BindConfiguration(ResumeLinkOptions.Section)
            .Validate(o => o.IsValid, "ResumeLinks:Lifetime måste vara mellan en minut och 365 dagar, t.ex. 30.00:00:00 för 30 dagar.")
            .ValidateOnStart();
        services.AddSingleton(p => new ResumeLinkSettings
        {
            ApiBaseUrl = p.GetRequiredService<IOptions<PublicUrlOptions>>().Value.PublicBaseUrl.TrimEnd('/') + DesignerApiEndpoints.BasePath,
            Lifetime = p.GetRequiredService<IOptions<ResumeLinkOptions>>().Value.Lifetime,
        });
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapDesignerTokenRoutes().RequireRateLimiting(RateLimits.TaskLinks).ExcludeFromDescription();
}
