using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Decisions;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Features.Webhooks;
using ENamnd.Persistence;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// Writes <c>decision.in-force</c> (<see cref="DecisionInForce"/>) as the event <c>decision.effective</c>, in the step in which
/// the decision comes in force: at the justering (or at once when omedelbart justerad, or recorded from checked minutes),
/// the moment kommunallagen lets it be carried out and the decision notice goes out. Laga kraft comes later, three weeks
/// after the anslag unless appealed, without a step of its own; the dates are on the meeting's agenda in the API.
/// </summary>
public sealed class DecisionInForceWriter(WebhookEvents events) : IStepRecordWriter
{
    /// <inheritdoc />
    public string Kind => AgendaRecordKinds.InForce;

    /// <inheritdoc />
    public async Task WriteAsync(ENamndDbContext db, JsonObject payload, CancellationToken cancellationToken)
    {
        var decision = payload.Deserialize<DecisionInForce>(ValueConverter.JsonOptions) ?? throw new JsonException("An empty decision.in-force record.");
        // One decision per secretary's task: the task is the key, so a retried step makes the same event.
        await events.AddAsync(db, WebhookEventTypes.DecisionEffective, decision.TaskId, decision.InForceAt, new DecisionEffectiveData(
            decision.CaseNumber, decision.Matter, decision.Paragraph, decision.Outcome, decision.Comment,
            decision.MeetingId, decision.MeetingDate, decision.Immediate, decision.JusteradOn, decision.EffectiveOn), decision.InstanceId, cancellationToken);
    }
}
