using ENamnd.Activities.Email;
using MimeKit;

namespace ENamnd.Host.Infrastructure.Email;

/// <summary>
/// Composes and delivers an outbox email: what the outbox dispatcher calls with the outbox message
/// id, which becomes the Message-ID. Every failure but cancellation is an <see cref="EmailDeliveryException"/>.
/// </summary>
public sealed class EmailSender(EmailComposer composer, IEmailTransport transport)
{
    /// <summary>Sends <paramref name="message"/> with Message-ID <c>&lt;messageId@domain&gt;</c>; the same id on a resend.</summary>
    public async Task SendAsync(EmailMessage message, string messageId, CancellationToken ct)
    {
        MimeMessage mime;
        try
        {
            mime = composer.Compose(message, messageId);
        }
        catch (ArgumentException e)
        {
            // The message itself is unsendable; trying again cannot help.
            throw new EmailDeliveryException($"Email {messageId} cannot be composed: {e.Message}", isTransient: false, e);
        }
        await transport.SendAsync(mime, ct);
    }
}
