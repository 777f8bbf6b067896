using System.Text.Json.Nodes;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// A message a step sends to the outside world (an email, a call). It is committed with the step
/// and sent afterwards; its id is stable, so a resend after a crash can be recognised.
/// </summary>
public sealed record OutboxMessage(string Id, string Kind, JsonObject Payload, string InstanceId, DateTimeOffset CreatedAt);
