using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Events;

/// <summary>
/// Elsa's event trigger: which waits to resume (all of the event's, or those of one instance, case number or activity
/// instance) and the input they get. <see cref="WorkflowExecutionMode"/> is accepted and ignored: the waits are resumed before the answer.
/// </summary>
public sealed record TriggerEventRequest(string? WorkflowInstanceId, string? CorrelationId, string? ActivityInstanceId, JsonObject? Input, string? WorkflowExecutionMode);
