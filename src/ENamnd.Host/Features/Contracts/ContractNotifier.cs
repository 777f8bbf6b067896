using ENamnd.Activities.Contracts;
using ENamnd.Activities.Email;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Host.Features.Participants;
using ENamnd.Host.Features.Webhooks;
using ENamnd.Persistence.Ledger;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Contracts;

/// <summary>
/// Writes contract monitoring's emails: the alert before a decision deadline to the owner and the coordinator, the warning
/// that a contract ended without a decision to the coordinator, each with its <c>contract.alert</c> event. They are sent
/// through the ledger, each key once, whichever run or host gets there first.
/// </summary>
public sealed class ContractNotifier(
    RecipientResolver resolver,
    RecipientNames names,
    EfParticipantDirectory directory,
    MunicipalityRegistry municipalities,
    WebhookEvents events,
    TimeProvider clock,
    IOptions<ContractsOptions> options,
    ILogger<ContractNotifier> logger)
{
    /// <summary>Fresh look-ups of recipients and owners, for one run.</summary>
    public ContractRecipients Recipients() => new(resolver, names, logger);

    /// <summary>
    /// Look-ups of recipients and owners for one monitoring run, answered from the directory as read now: a run writes
    /// thousands of emails to a few hundred people, and a query per person costs more than reading them all once.
    /// </summary>
    public async Task<ContractRecipients> RecipientsForRunAsync(CancellationToken cancellationToken)
    {
        var snapshot = new RecipientResolver(await directory.SnapshotAsync(cancellationToken), municipalities);
        return new ContractRecipients(snapshot, new RecipientNames(snapshot), logger);
    }

    /// <summary>
    /// The email <paramref name="due"/> calls for, written on <paramref name="today"/> (it tells the time left from that day),
    /// with its event; null when there is nobody to send it to (logged; the next run tries again).
    /// </summary>
    public async Task<LedgerMail?> ComposeAsync(ContractDue due, DateOnly today, ContractRecipients recipients, CancellationToken cancellationToken)
    {
        var contract = due.Contract;
        var list = due.IsExpired ? options.Value.Coordinators : $"{contract.Terms.Owner}, {options.Value.Coordinators}";
        var to = await recipients.ToAsync(contract, list, cancellationToken);
        if (to.Count == 0)
        {
            logger.LogWarning("Contract {ContractId}: nobody to notify; trying again at the next run", contract.Id);
            return null;
        }
        var message = due.IsExpired
            ? new EmailMessage { To = to, Subject = ContractEmails.ExpiredSubject(contract), TextBody = ContractEmails.ExpiredBody(contract), ThreadKey = contract.Subject }
            : new EmailMessage
            {
                To = to,
                Subject = ContractEmails.AlertSubject(contract, due.Deadline, today),
                TextBody = ContractEmails.AlertBody(contract, due.Deadline, today, await recipients.OwnerAsync(contract, cancellationToken)),
                ThreadKey = contract.Subject,
            };
        var data = new ContractAlertData(due.IsExpired ? "expired" : "deadline", contract.Id, contract.Terms.Name, contract.Terms.CaseNumber,
            contract.Terms.Supplier, contract.Terms.EndDate, due.IsExpired ? null : due.Deadline.Date, due.Alert?.LeadMonths);
        var key = due.Key;
        // The event goes with the email, under the same ledger key: both are queued in one transaction, or neither.
        return new LedgerMail(key, message, db => events.AddAsync(db, WebhookEventTypes.ContractAlert, key.Value, clock.GetUtcNow(), data, contract.Subject, cancellationToken));
    }
}
