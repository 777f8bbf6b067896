namespace ENamnd.Host.Features.Webhooks;

/// <summary>
/// A <c>webhook</c> outbox message: one event for one subscriber. The body is rendered when the event is written, so every
/// attempt sends the same bytes; the address and the secret are read from the configuration when it is sent, never stored.
/// </summary>
public sealed record WebhookMessage(string Subscriber, string EventId, string Type, string Body)
{
    /// <summary>The outbox kind.</summary>
    public const string Kind = "webhook";
}
