namespace ENamnd.Persistence.Outbox;

/// <summary>Delivers outbox messages of one kind (e.g. <c>email</c>).</summary>
public interface IOutboxHandler
{
    /// <summary>The kind handled.</summary>
    string Kind { get; }

    /// <summary>After this many failed attempts a message of this kind is given up (by default <see cref="OutboxDispatcher.MaxAttempts"/>).</summary>
    int MaxAttempts => OutboxDispatcher.MaxAttempts;

    /// <summary>Delivers one message; throws <see cref="OutboxDeliveryException"/> or any exception when it could not.</summary>
    Task DeliverAsync(string messageId, string payload, CancellationToken cancellationToken);
}
