namespace ENamnd.Persistence.Outbox;

/// <summary>Delivers outbox messages of one kind (e.g. <c>email</c>).</summary>
public interface IOutboxHandler
{
    /// <summary>The kind handled.</summary>
    string Kind { get; }

    /// <summary>Delivers one message; throws <see cref="OutboxDeliveryException"/> or any exception when it could not.</summary>
    Task DeliverAsync(string messageId, string payload, CancellationToken cancellationToken);
}
