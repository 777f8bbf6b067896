namespace ENamnd.Host.Features.Webhooks;

/// <summary>An event as subscribers receive it: its stable id, its type, when it happened (UTC, ISO 8601) and its data.</summary>
public sealed record WebhookEvent(string Id, string Type, string OccurredAt, object Data);
