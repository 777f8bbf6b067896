using ENamnd.Activities.Contracts;
using ENamnd.Activities.Email;
using ENamnd.Activities.People;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features.Webhooks;
using ENamnd.Persistence;
using ENamnd.Persistence.Ledger;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Contracts;

/// <summary>Sends contract monitoring's emails through the ledger: each key once, whichever run or host gets there first.</summary>
public sealed class ContractNotifier(
    NotificationLedger ledger,
    RecipientResolver resolver,
    RecipientNames names,
    WebhookEvents events,
    TimeProvider clock,
    IOptions<ContractsOptions> options,
    ILogger<ContractNotifier> logger)
{
    /// <summary>
    /// The alert for <paramref name="alert"/> to the owner and the coordinator, once, telling the time left from
    /// <paramref name="today"/>; false when sent before or nobody to send to.
    /// </summary>
    public async Task<bool> AlertAsync(Contract contract, ContractDeadline deadline, ContractAlertDay alert, DateOnly today, CancellationToken cancellationToken)
    {
        var key = ContractLedgerKeys.Alert(contract.Id, deadline.Date, alert.LeadMonths);
        if (await ledger.IsRecordedAsync(key, cancellationToken)) return false;
        var to = await RecipientsAsync(contract, $"{contract.Terms.Owner}, {options.Value.Coordinators}", cancellationToken);
        if (to.Count == 0) return false;
        return await ledger.SendOnceAsync(key, new EmailMessage
        {
            To = to,
            Subject = ContractEmails.AlertSubject(contract, deadline, today),
            TextBody = ContractEmails.AlertBody(contract, deadline, today, await OwnerAsync(contract, cancellationToken)),
            ThreadKey = contract.Subject,
        }, cancellationToken, AlertEvent(key, contract, new ContractAlertData(
            "deadline", contract.Id, contract.Terms.Name, contract.Terms.CaseNumber, contract.Terms.Supplier, contract.Terms.EndDate, deadline.Date, alert.LeadMonths), cancellationToken));
    }

    /// <summary>The warning to the coordinator that a contract ended without a decision, once.</summary>
    public async Task<bool> ExpiredAsync(Contract contract, CancellationToken cancellationToken)
    {
        var key = ContractLedgerKeys.Expired(contract.Id, contract.Terms.EndDate);
        if (await ledger.IsRecordedAsync(key, cancellationToken)) return false;
        var to = await RecipientsAsync(contract, options.Value.Coordinators, cancellationToken);
        if (to.Count == 0) return false;
        return await ledger.SendOnceAsync(key, new EmailMessage
        {
            To = to,
            Subject = ContractEmails.ExpiredSubject(contract),
            TextBody = ContractEmails.ExpiredBody(contract),
            ThreadKey = contract.Subject,
        }, cancellationToken, AlertEvent(key, contract, new ContractAlertData(
            "expired", contract.Id, contract.Terms.Name, contract.Terms.CaseNumber, contract.Terms.Supplier, contract.Terms.EndDate, null, null), cancellationToken));
    }

    // The event goes with the email, under the same ledger key: both are queued in one transaction, or neither.
    private Func<ENamndDbContext, Task> AlertEvent(LedgerKey key, Contract contract, ContractAlertData data, CancellationToken cancellationToken) =>
        db => events.AddAsync(db, WebhookEventTypes.ContractAlert, key.Value, clock.GetUtcNow(), data, contract.Subject, cancellationToken);

    /// <summary>The contract's owner as people read it: "e-samordnaren (Eva Ek)" rather than <c>roll:samordnare</c>.</summary>
    public Task<string> OwnerAsync(Contract contract, CancellationToken cancellationToken) =>
        names.DescribeAsync(contract.Terms.Owner, contract.Terms.CaseNumber, cancellationToken);

    // Each item on its own, so a role nobody holds does not stop the others; nobody at all is logged and tried again tomorrow.
    private async Task<List<EmailAddress>> RecipientsAsync(Contract contract, string list, CancellationToken cancellationToken)
    {
        var to = new List<EmailAddress>();
        foreach (var item in list.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                foreach (var person in await resolver.ResolveAsync(item, contract.Terms.CaseNumber, cancellationToken))
                    if (to.All(t => !string.Equals(t.Address, person.Email, StringComparison.OrdinalIgnoreCase))) to.Add(new EmailAddress(person.Email, person.Name));
            }
            catch (ActivityFaultException e)
            {
                logger.LogWarning("Contract {ContractId}: recipient {Recipient} skipped: {Reason}", contract.Id, item, e.Message);
            }
        }
        if (to.Count == 0) logger.LogWarning("Contract {ContractId}: nobody to notify; trying again at the next run", contract.Id);
        return to;
    }
}
