using ENamnd.Persistence.Ledger;

namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>
/// A recurring monitoring job (contract expiry, tertial follow-up, meeting reminders). It is
/// registered with Hangfire under <see cref="JobId"/> on its <see cref="MonitorJobSchedule"/> in Stockholm time, and
/// must be safe to run twice and on two hosts at once: everything it sends goes through the
/// <see cref="NotificationLedger"/> under an idempotency key, and what else it writes is idempotent of itself (as the
/// evidence seal is).
/// </summary>
public interface IMonitorJob
{
    /// <summary>The stable Hangfire id, e.g. <c>contract-expiry-monitor</c>.</summary>
    string JobId { get; }

    /// <summary>Does what is due now; returns how many things it did (for the log).</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
