using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Persistence.Evidence;

namespace ENamnd.Host.Features.Audit;

/// <summary>
/// Seals the decisions and audit records written since its last run into the evidence chain, so that changing them later
/// breaks it. Safe to run twice and on several hosts at once: sealers take turns, and a row is sealed only once.
/// </summary>
public sealed class EvidenceSealJob(EvidenceSealer sealer) : IMonitorJob
{
    /// <summary>The job's stable id.</summary>
    public const string Id = "evidence-seal";

    /// <inheritdoc />
    public string JobId => Id;

    /// <inheritdoc />
    public Task<int> RunAsync(CancellationToken cancellationToken) => sealer.SealAsync(cancellationToken);
}
