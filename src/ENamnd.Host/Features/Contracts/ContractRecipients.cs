using ENamnd.Activities.Contracts;
using ENamnd.Activities.Email;
using ENamnd.Activities.People;
using ENamnd.Engine.Runtime;

namespace ENamnd.Host.Features.Contracts;

/// <summary>
/// Who contract monitoring writes to and how it names a contract's owner, for one run: each recipient item and each owner
/// is looked up once, however many of the registry's contracts share it. Not safe for concurrent use; make one per run.
/// </summary>
public sealed class ContractRecipients(RecipientResolver resolver, RecipientNames names, ILogger logger)
{
    private readonly Dictionary<(string Item, string? CaseNumber), IReadOnlyList<TaskRecipient>> items = [];
    private readonly Dictionary<(string Owner, string? CaseNumber), string> owners = [];

    /// <summary>
    /// The people of a recipient list for a contract, each address once. Each item on its own, so a role nobody holds does
    /// not stop the others; an item that names nobody is logged (once a run) and left out.
    /// </summary>
    public async Task<IReadOnlyList<EmailAddress>> ToAsync(Contract contract, string list, CancellationToken cancellationToken)
    {
        var to = new List<EmailAddress>();
        foreach (var item in list.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var person in await ItemAsync(contract, item, cancellationToken))
                if (to.All(t => !string.Equals(t.Address, person.Email, StringComparison.OrdinalIgnoreCase))) to.Add(new EmailAddress(person.Email, person.Name));
        }
        return to;
    }

    /// <summary>The contract's owner as people read it: "e-samordnaren (Eva Ek)" rather than <c>roll:samordnare</c>.</summary>
    public async Task<string> OwnerAsync(Contract contract, CancellationToken cancellationToken)
    {
        var key = (contract.Terms.Owner, contract.Terms.CaseNumber);
        if (!owners.TryGetValue(key, out var owner))
            owners[key] = owner = await names.DescribeAsync(contract.Terms.Owner, contract.Terms.CaseNumber, cancellationToken);
        return owner;
    }

    private async Task<IReadOnlyList<TaskRecipient>> ItemAsync(Contract contract, string item, CancellationToken cancellationToken)
    {
        var key = (item, contract.Terms.CaseNumber);
        if (items.TryGetValue(key, out var people)) return people;
        try
        {
            people = await resolver.ResolveAsync(item, contract.Terms.CaseNumber, cancellationToken);
        }
        catch (ActivityFaultException e)
        {
            logger.LogWarning("Contract {ContractId}: recipient {Recipient} skipped: {Reason}", contract.Id, item, e.Message);
            people = [];
        }
        items[key] = people;
        return people;
    }
}
