using ENamnd.Host.Infrastructure.Scheduling;

namespace ENamnd.Host.Features.Audit;

/// <summary>Evidence that holds: the periodic seal of decisions and audit records into the hash chain, and its verification.</summary>
public sealed class AuditFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services) =>
        // The sealer and the verifier are the persistence layer's; this feature runs and shows them.
        services.AddMonitorJob<EvidenceSealJob>("EvidenceSealCron", "*/5 * * * *");

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAuditEndpoints();
}
