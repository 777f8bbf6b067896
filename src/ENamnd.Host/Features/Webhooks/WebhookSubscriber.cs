namespace ENamnd.Host.Features.Webhooks;

/// <summary>A system that receives signed events (e.g. the diarium), as configured under <c>Webhooks:Subscribers</c>.</summary>
public sealed class WebhookSubscriber
{
    /// <summary>The subscriber's name: unique, it keys the subscriber's outbox messages.</summary>
    public string Name { get; set; } = "";

    /// <summary>Where events are posted: an absolute https address (http only to this machine, or with <see cref="AllowInsecureHttp"/>).</summary>
    public string Url { get; set; } = "";

    /// <summary>The key the signature is computed with (at least 32 characters); never logged.</summary>
    public string Secret { get; set; } = "";

    /// <summary>The event types sent to this subscriber; empty means all.</summary>
    public List<string> Events { get; set; } = [];

    /// <summary>Allows plain http to another machine (e.g. inside a closed network).</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Whether the subscriber receives events of <paramref name="type"/>.</summary>
    public bool Wants(string type) => Events.Count == 0 || Events.Contains(type, StringComparer.Ordinal);
}
