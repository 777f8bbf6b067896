using System.Text.Json.Nodes;
using ENamnd.Activities.Contracts;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Workflows.Contracts;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Contracts;

/// <summary>
/// Starts the decision at contract end (<see cref="ContractEndWorkflow"/>) for a deadline, unless an
/// instance for the contract is running. The instance id follows from the contract and the deadline, so
/// a second run or a second host gets the instance the first one started.
/// </summary>
public sealed class ContractDecisionStarter(
    IWorkflowRuntime runtime,
    IWorkflowInstanceStore instances,
    ContractNotifier notifier,
    IOptions<ContractsOptions> options,
    ILogger<ContractDecisionStarter> logger)
{
    /// <summary>Starts the decision; true when this call started it.</summary>
    public async Task<bool> StartAsync(Contract contract, ContractDeadline deadline, CancellationToken cancellationToken)
    {
        // Checkpoint: the start is one commit under an id fixed by the contract and the deadline. A crash before it
        // leaves nothing and the next run starts it; after it, the next run finds it running (or AlreadyStarted).
        var running = await instances.ListAsync(new WorkflowInstanceFilter(CorrelationId: contract.CorrelationId, Status: WorkflowStatus.Running), cancellationToken);
        if (running.Count > 0) return false;
        var result = await runtime.StartAsync(new StartWorkflowRequest(ContractEndWorkflow.Id)
        {
            InstanceId = ContractSchedule.DecisionInstanceId(contract.Id, deadline.Date),
            CorrelationId = contract.CorrelationId,
            Input = new JsonObject
            {
                [ContractEndWorkflow.Inputs.ContractId] = contract.Id,
                [ContractEndWorkflow.Inputs.ContractName] = contract.Terms.Name,
                [ContractEndWorkflow.Inputs.Summary] = ContractEmails.Summary(contract, deadline) + $"\nAvtalet i avtalsregistret: {notifier.LinkTo(contract.Id)}\n",
                [ContractEndWorkflow.Inputs.Deciders] = $"{contract.Terms.Owner}, {options.Value.Coordinators}",
                // Only an option still open on its decide-by day can extend; a lapsed one is no longer offered.
                [ContractEndWorkflow.Inputs.CanExtend] = deadline.Option is not null,
            },
        }, cancellationToken);
        if (!result.AlreadyStarted)
            logger.LogInformation("Contract {ContractId}: started the decision at contract end as {InstanceId}", contract.Id, result.Instance.Id);
        return !result.AlreadyStarted;
    }
}
