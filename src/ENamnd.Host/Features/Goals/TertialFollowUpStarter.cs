using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Goals;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Persistence;
using ENamnd.Persistence.Ledger;
using ENamnd.Persistence.Rows;
using ENamnd.Workflows.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Goals;

/// <summary>
/// Creates a plan's follow-up of a tertial once: a ledger key records the round (items and deadline) and
/// the <c>Tertialuppfoljning</c> instance is started under an id derived from the round, so a second run,
/// a second host or a crash between the two never opens the tasks twice.
/// </summary>
public sealed class TertialFollowUpStarter(
    NotificationLedger ledger,
    FollowUpItems itemsOf,
    IWorkflowRuntime runtime,
    IWorkflowInstanceStore instances,
    IDbContextFactory<ENamndDbContext> contexts,
    IOptions<GoalsOptions> options,
    TimeProvider clock,
    ILogger<TertialFollowUpStarter> logger)
{
    // The deadline's time of day, Stockholm time.

    /// <summary>The round id of a plan's tertial.</summary>
    public static string RoundId(string planId, Tertial tertial) => $"{planId}:{tertial.Id}";

    /// <summary>Records and starts the follow-up unless done before; returns 1 when this call created it.</summary>
    public async Task<int> StartOnceAsync(Plan plan, Tertial tertial, CancellationToken cancellationToken)
    {
        var roundId = RoundId(plan.Id, tertial);
        var key = GoalLedgerKeys.FollowUp(plan.Id, tertial);
        var created = 0;
        if (!await ledger.IsRecordedAsync(key, cancellationToken))
        {
            var items = await itemsOf.ForAsync(plan, tertial, cancellationToken);
            var now = clock.GetUtcNow();
            var row = new TertialFollowUpRow
            {
                Id = roundId,
                PlanId = plan.Id,
                Year = tertial.Year,
                Tertial = tertial.Number,
                InstanceId = InstanceIdOf(roundId),
                Items = JsonSerializer.Serialize(items, ValueConverter.JsonOptions),
                StartedAt = now,
                DueAt = Tertial.FollowUpDeadline(now, options.Value.FollowUpDeadlineDays),
            };
            // Persistence point: the ledger row and the round are written together, or not at all.
            if (await ledger.RecordOnceAsync(key, null, db => { db.Set<TertialFollowUpRow>().Add(row); return Task.CompletedTask; }, cancellationToken))
            {
                created = 1;
                logger.LogInformation("Created the follow-up of {Tertial} for plan {PlanId} with {Count} item(s), due {DueAt}", tertial.Id, plan.Id, items.Count, row.DueAt);
            }
        }
        // Checkpoint: the round and its key are durable, its instance not yet. A crash here leaves a round without
        // an instance; the next run finds the key recorded, skips to this call and starts it under the round's id.
        await EnsureStartedAsync(roundId, cancellationToken);
        return created;
    }

    /// <summary>Starts the round's instance if it is not stored yet (after a crash between recording and starting).</summary>
    public async Task EnsureStartedAsync(string roundId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<TertialFollowUpRow>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (row is null || await instances.FindAsync(row.InstanceId, cancellationToken) is not null) return;
        var tertial = new Tertial(row.Year, row.Tertial);
        var input = new JsonObject
        {
            [TertialFollowUpWorkflow.Inputs.Period] = tertial.Label,
            [TertialFollowUpWorkflow.Inputs.Items] = JsonNode.Parse(row.Items),
            [TertialFollowUpWorkflow.Inputs.DueAt] = ValueConverter.ToNode(row.DueAt),
            [TertialFollowUpWorkflow.Inputs.ReminderInterval] = ValueConverter.ToNode(TimeSpan.FromDays(options.Value.ReminderIntervalDays)),
        };
        // The pre-assigned id makes the start safe to repeat: a second start finds the instance and does nothing.
        var result = await runtime.StartAsync(new StartWorkflowRequest(TertialFollowUpWorkflow.Id) { InstanceId = row.InstanceId, Input = input }, cancellationToken);
        if (!result.AlreadyStarted)
            logger.LogInformation("Started {DefinitionId} {InstanceId} for {RoundId}: {SubStatus}", TertialFollowUpWorkflow.Id, row.InstanceId, roundId, result.Instance.SubStatus);
    }

    /// <summary>A deterministic instance id (32 hex digits like generated ids) for a round.</summary>
    public static string InstanceIdOf(string roundId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"tertialuppfoljning:{roundId}")))[..32];

}
