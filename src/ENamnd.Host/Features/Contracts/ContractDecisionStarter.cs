using System.Text.Json.Nodes;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Meetings;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Host.Features.Meetings;
using ENamnd.Workflows.Contracts;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Contracts;

/// <summary>
/// Starts the decision at contract end (<see cref="ContractEndWorkflow"/>) for a deadline, unless an
/// instance for the contract is running. The instance id follows from the contract and the deadline, so
/// a second run or a second host gets the instance the first one started. The committee decides at its last
/// meeting planned by the deadline (or, with none planned, its next meeting), as a matter of the contract's case.
/// </summary>
public sealed class ContractDecisionStarter(
    IWorkflowRuntime runtime,
    IWorkflowInstanceStore instances,
    ContractNotifier notifier,
    MeetingCalendar calendar,
    TimeProvider clock,
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
        // The last meeting by the deadline leaves the proposal the most time; without one the matter waits for the next meeting.
        var meeting = await calendar.LastMeetingByAsync(MeetingBody.Namnd, clock.GetUtcNow(), deadline.Date, cancellationToken);
        var result = await runtime.StartAsync(new StartWorkflowRequest(ContractEndWorkflow.Id)
        {
            InstanceId = ContractSchedule.DecisionInstanceId(contract.Id, deadline.Date),
            CorrelationId = contract.CorrelationId,
            Input = new JsonObject
            {
                [ContractEndWorkflow.Inputs.ContractId] = contract.Id,
                [ContractEndWorkflow.Inputs.ContractName] = contract.Terms.Name,
                [ContractEndWorkflow.Inputs.Summary] = ContractEmails.Summary(contract, deadline, await notifier.Recipients().OwnerAsync(contract, cancellationToken)),
                [ContractEndWorkflow.Inputs.Deciders] = $"{contract.Terms.Owner}, {options.Value.Coordinators}",
                // Only an option still open on its decide-by day can extend; a lapsed one is no longer offered.
                [ContractEndWorkflow.Inputs.CanExtend] = deadline.Option is not null,
                [ContractEndWorkflow.Inputs.CaseNumber] = contract.Terms.CaseNumber,
                [ContractEndWorkflow.Inputs.MeetingDate] = meeting is null ? null : JsonValue.Create(meeting.StartsAt),
            },
        }, cancellationToken);
        if (!result.AlreadyStarted)
            logger.LogInformation("Contract {ContractId}: started the decision at contract end as {InstanceId}, for the committee meeting {MeetingId}",
                contract.Id, result.Instance.Id, meeting?.Id ?? "next planned");
        return !result.AlreadyStarted;
    }
}
