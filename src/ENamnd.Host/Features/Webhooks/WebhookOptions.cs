namespace ENamnd.Host.Features.Webhooks;

/// <summary>Events to other systems (<c>Webhooks</c> section): who receives them, and how long a delivery may take.</summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Webhooks";

    /// <summary>The subscribers; none means no events are written.</summary>
    public List<WebhookSubscriber> Subscribers { get; set; } = [];

    /// <summary>How long one delivery may take before it counts as failed (and is tried again later).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>After this many failed deliveries an event is given up for that subscriber, with an error in the log.</summary>
    public int MaxAttempts { get; set; } = 10;
}
