namespace ENamnd.Host.Features.Webhooks;

/// <summary>The headers of a delivered event.</summary>
public static class WebhookHeaders
{
    /// <summary>The event type, e.g. <c>case.started</c>.</summary>
    public const string Event = "X-ENamnd-Event";

    /// <summary>The event's stable id: the same on every delivery of the event, for the receiver to drop duplicates.</summary>
    public const string EventId = "X-ENamnd-Event-Id";

    /// <summary>When this delivery was signed, in Unix seconds.</summary>
    public const string Timestamp = "X-ENamnd-Timestamp";

    /// <summary>The signature, <c>sha256=&lt;hex&gt;</c>.</summary>
    public const string Signature = "X-ENamnd-Signature";
}
