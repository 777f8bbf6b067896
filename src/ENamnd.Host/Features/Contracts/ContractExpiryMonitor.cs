using ENamnd.Activities.Contracts;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Persistence.Ledger;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Contracts;

/// <summary>
/// The daily contract monitoring (avtalsbevakning): for each contract still awaiting a decision, the alert due today (or
/// the latest one missed) to the owner and the coordinator, the decision at contract end queued with the first alert,
/// and a warning when a contract has ended without a decision. It goes through the registry a batch of contracts at a
/// time: what is due is decided in memory, the batch's recorded keys and started decisions are looked up at once, and its
/// new emails and decisions are queued in one transaction, sent and started after commit from the outbox. Safe to run
/// twice and on two hosts: every email goes through the ledger, every decision has a fixed instance id.
/// </summary>
public sealed class ContractExpiryMonitor(
    ContractStore contracts,
    ContractNotifier notifier,
    ContractDecisionQueue decisions,
    NotificationLedger ledger,
    IOptions<ContractsOptions> options,
    TimeProvider clock,
    ILogger<ContractExpiryMonitor> logger) : IMonitorJob
{
    /// <summary>The job's stable id.</summary>
    public const string Id = "contract-expiry-monitor";

    /// <inheritdoc />
    public string JobId => Id;

    /// <inheritdoc />
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = ContractSchedule.Today(clock);
        var size = options.Value.ScanBatchSize;
        // A contract whose earliest deadline is later than this has no alert due and has not ended: it is not read.
        var deadlineBy = ContractSchedule.LastDeadlineAlertedBy(today, options.Value.LeadMonths.Max());
        var timings = new ContractScanTimings();
        // The directory is read once for the run (its emails go to a few hundred people), not a query per recipient.
        var recipients = await notifier.RecipientsForRunAsync(cancellationToken);
        timings.EndLookingUp();
        var done = 0;
        string? after = null;
        try
        {
            while (true)
            {
                var page = await contracts.ListUnsettledPageAsync(after, size, deadlineBy, cancellationToken);
                if (page.Count == 0) break;
                var due = page.Select(c => ContractDue.On(c, today, options.Value.LeadMonths)).OfType<ContractDue>().ToList();
                timings.Read += page.Count;
                timings.Due += due.Count;
                timings.EndReading();
                try
                {
                    done += await QueueAsync(due, today, recipients, timings, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Checkpoint: the earlier batches are committed, this one not at all; the next run does it. A batch's trouble
                    // must not silence the rest of the registry.
                    logger.LogError(e, "Contract monitoring on {Today}: the batch of contracts {First} to {Last} failed", today, page[0].Id, page[^1].Id);
                    timings.EndWriting();
                }
                if (page.Count < size) break;
                after = page[^1].Id;
            }
        }
        finally
        {
            // Checkpoint: the batches counted are durable in the outbox. One wake-up for the run, not one per batch; a host
            // that dies before it leaves them to the recurring dispatch.
            if (done > 0) ledger.WakeOutbox();
        }
        logger.LogDebug(
            "Contract monitoring on {Today}: {Read} contracts read and decided in {ReadMs} ms ({Due} due), looked up in {LookupMs} ms, emails written in {ComposeMs} ms, {Done} alerts and decisions queued in {WriteMs} ms",
            today, timings.Read, (int)timings.Reading.TotalMilliseconds, timings.Due, (int)timings.LookingUp.TotalMilliseconds,
            (int)timings.Composing.TotalMilliseconds, done, (int)timings.Writing.TotalMilliseconds);
        return done;
    }

    // One batch: the keys already recorded are left out before anything is written, so a run that finds everything done
    // reads and writes nothing more; the ledger looks again in its transaction for a racing run.
    private async Task<int> QueueAsync(IReadOnlyList<ContractDue> due, DateOnly today, ContractRecipients recipients, ContractScanTimings timings, CancellationToken cancellationToken)
    {
        if (due.Count == 0) return 0;
        var recorded = await ledger.RecordedAsync(due.Select(d => d.Key), cancellationToken);
        var starts = await decisions.MessagesForAsync(due, today, cancellationToken);
        timings.EndLookingUp();
        var mails = new List<LedgerMail>();
        foreach (var item in due.Where(d => !recorded.Contains(d.Key.Value)))
        {
            try
            {
                if (await notifier.ComposeAsync(item, today, recipients, cancellationToken) is { } mail) mails.Add(mail);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One contract's trouble must not hold back the others' emails; the next run tries it again.
                logger.LogError(e, "Contract {ContractId}: monitoring failed on {Today}", item.Contract.Id, today);
            }
        }
        timings.EndComposing();
        // The outbox is woken when the run ends (see RunAsync), not per batch.
        var written = (await ledger.QueueManyOnceAsync(mails, starts, cancellationToken)).Count;
        timings.EndWriting();
        return written;
    }
}
