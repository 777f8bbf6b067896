namespace ENamnd.Persistence.Outbox;

/// <summary>A delivery that failed; a permanent failure is not retried.</summary>
public sealed class OutboxDeliveryException(string message, bool isPermanent, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Whether retrying cannot help (e.g. a rejected address).</summary>
    public bool IsPermanent { get; } = isPermanent;
}
