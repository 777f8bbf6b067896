using System.Text.Json;
using ENamnd.Activities.Contracts;
using ENamnd.Persistence.Outbox;

namespace ENamnd.Host.Features.Contracts;

/// <summary>
/// Starts a decision at contract end that contract monitoring queued (<see cref="ContractDecisionQueue"/>), unless the
/// contract is gone or settled, or its decision deadline has moved since (the next run queues the new one).
/// </summary>
public sealed class ContractDecisionOutboxHandler(
    ContractStore contracts,
    ContractDecisionStarter decisions,
    TimeProvider clock,
    ILogger<ContractDecisionOutboxHandler> logger) : IOutboxHandler
{
    /// <inheritdoc />
    public string Kind => ContractDecisionQueue.Kind;

    /// <inheritdoc />
    public async Task DeliverAsync(string messageId, string payload, CancellationToken cancellationToken)
    {
        var request = Read(payload);
        var contract = await contracts.FindAsync(request.ContractId, cancellationToken);
        if (contract is null || contract.IsSettled)
        {
            logger.LogInformation("Contract {ContractId}: removed or settled; no decision at contract end started", request.ContractId);
            return;
        }
        var deadline = ContractSchedule.NextDeadline(contract.Terms, ContractSchedule.Today(clock));
        if (deadline.Date != request.Deadline)
        {
            logger.LogInformation("Contract {ContractId}: the decision deadline moved from {Queued} to {Deadline}; not started", contract.Id, request.Deadline, deadline.Date);
            return;
        }
        // Checkpoint: the start is one commit under an id fixed by the contract and the deadline; delivered twice, the second finds it.
        await decisions.StartAsync(contract, deadline, cancellationToken);
    }

    private static ContractDecisionRequest Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<ContractDecisionRequest>(payload, JsonSerializerOptions.Web)
                ?? throw new OutboxDeliveryException("Beslutet vid avtalsslut saknar innehåll.", isPermanent: true);
        }
        catch (JsonException e)
        {
            throw new OutboxDeliveryException($"Beslutet vid avtalsslut kunde inte läsas: {e.Message}", isPermanent: true);
        }
    }
}
