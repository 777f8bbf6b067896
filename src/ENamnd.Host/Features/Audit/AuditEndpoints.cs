using ENamnd.Host.Infrastructure.Http;
using ENamnd.Persistence.Evidence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.Audit;

/// <summary>The coordinator's check that the evidence holds.</summary>
public static class AuditEndpoints
{
    /// <summary>Maps <c>GET /api/audit/verify</c>: seals what is due, then recomputes the evidence chain.</summary>
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/audit", "Granskning").MapGet("/verify", VerifyAsync)
            .WithSummary("Verifiera hashkedjan").WithDescription("Förseglar nya beslut och granskningsposter och räknar om kedjan: hel, eller var den första brytningen finns.");
        return app;
    }

    // A broken chain is a finding, not a failed request: 200 with intact false.
    private static async Task<Ok<AuditVerificationView>> VerifyAsync(
        EvidenceSealer sealer, EvidenceVerifier verifier, TimeProvider clock, CancellationToken cancellationToken)
    {
        var sealedNow = await sealer.SealAsync(cancellationToken);
        var report = await verifier.VerifyAsync(cancellationToken);
        return TypedResults.Ok(AuditVerificationView.From(report, sealedNow, clock.GetUtcNow()));
    }
}
