using ENamnd.Host.Infrastructure.Scheduling;

namespace ENamnd.Host.Features.Cases;

/// <summary>
/// The recurring safety net of <see cref="ContractDecisionRelay"/>: a management phase still waiting for a
/// contract end that was already decided (new project or let expire) is resumed. The relay's job is enqueued
/// after the step commits, so a host that stops in between would otherwise leave the case waiting.
/// </summary>
public sealed class ContractDecisionHandover(ContractDecisionJobs jobs) : IMonitorJob
{
    /// <summary>The job's stable id.</summary>
    public const string Id = "contract-decision-handover";

    /// <inheritdoc />
    public string JobId => Id;


    /// <inheritdoc />
    public Task<int> RunAsync(CancellationToken cancellationToken) => jobs.CatchUpAllAsync(cancellationToken);
}
