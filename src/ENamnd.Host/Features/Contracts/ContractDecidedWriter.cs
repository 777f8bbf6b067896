using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Contracts;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Contracts;

/// <summary>
/// Writes the decision at contract end (<c>contract.decided</c>) into the contract with the step: "förläng"
/// exercises the next open option and moves the end; "nytt projekt" and "låt löpa ut" decline the open options.
/// </summary>
public sealed class ContractDecidedWriter(ILogger<ContractDecidedWriter> logger) : IStepRecordWriter
{
    /// <inheritdoc />
    public string Kind => ContractRecordKinds.Decided;

    /// <inheritdoc />
    public async Task WriteAsync(ENamndDbContext db, JsonObject payload, CancellationToken cancellationToken)
    {
        var decision = ValueConverter.Convert<ContractDecision>(payload) ?? throw new InvalidOperationException("An empty contract.decided record.");
        var row = await db.Set<ContractRow>().FirstOrDefaultAsync(r => r.Id == decision.ContractId, cancellationToken);
        if (row is null)
        {
            // The contract was removed from the registry meanwhile; the decision stays in the task's record.
            logger.LogWarning("Decision {Outcome} for contract {ContractId}, which no longer exists", decision.Outcome, decision.ContractId);
            return;
        }
        var options = ContractRows.OptionsOf(row);
        if (decision.Outcome == DecideContractEnd.Extend)
        {
            var next = ContractSchedule.NextOpenOption(options, StockholmTime.DateOf(decision.DecidedAt));
            if (next is not null)
            {
                options[options.IndexOf(next)] = next with { Status = ContractOptionStatus.Exercised };
                row.EndDate = row.EndDate.AddMonths(next.ExtendMonths);
            }
        }
        else
        {
            options = options.Select(o => o.Status == ContractOptionStatus.Open ? o with { Status = ContractOptionStatus.Declined } : o).ToList();
        }
        row.Options = JsonSerializer.Serialize(options, ValueConverter.JsonOptions);
        // Kept with the end and the options it follows from, so monitoring's scan finds the contract by its next deadline.
        row.EarliestDeadline = ContractSchedule.EarliestDeadline(row.EndDate, row.NoticePeriodMonths, options);
        row.Decision = decision.Outcome;
        row.DecisionReference = decision.Reference;
        row.DecidedBy = decision.DecidedBy;
        row.DecidedAt = decision.DecidedAt.ToUniversalTime();
        row.DecisionInstanceId = decision.InstanceId;
        row.UpdatedAt = decision.DecidedAt.ToUniversalTime();
    }
}
