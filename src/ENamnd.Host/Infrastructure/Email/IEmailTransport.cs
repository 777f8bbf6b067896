using MimeKit;

namespace ENamnd.Host.Infrastructure.Email;

/// <summary>Hands a composed message to the outside world.</summary>
public interface IEmailTransport
{
    /// <summary>Delivers the message; throws <see cref="EmailDeliveryException"/> when it was not accepted.</summary>
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
