namespace ENamnd.Host.Infrastructure.Email;

/// <summary>
/// A message could not be delivered. <see cref="IsTransient"/> tells a dispatcher whether sending
/// the same message again later may succeed (4xx, connection or server trouble) or not (5xx, an invalid message).
/// </summary>
public sealed class EmailDeliveryException(string message, bool isTransient, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>Whether a later retry of the same message may succeed.</summary>
    public bool IsTransient { get; } = isTransient;
}
