using ENamnd.Activities.Email;
using ENamnd.Host.Infrastructure.Telemetry;
using MimeKit;

namespace ENamnd.Host.Infrastructure.Email;

/// <summary>
/// Composes and delivers an outbox email: what the outbox dispatcher calls with the outbox message
/// id, which becomes the Message-ID. Every failure but cancellation is an <see cref="EmailDeliveryException"/>.
/// Sent and failed emails are counted when the host's metrics are given.
/// </summary>
public sealed class EmailSender(EmailComposer composer, IEmailTransport transport, ENamndMetrics? metrics = null)
{
    /// <summary>Sends <paramref name="message"/> with Message-ID <c>&lt;messageId@domain&gt;</c>; the same id on a resend.</summary>
    public async Task SendAsync(EmailMessage message, string messageId, CancellationToken ct)
    {
        using var activity = ENamndTelemetry.ActivitySource.StartActivity("email send");
        try
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
            metrics?.EmailSent();
        }
        catch (EmailDeliveryException e)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.IsTransient ? "transient" : "permanent");
            metrics?.EmailFailed(e.IsTransient);
            throw;
        }
    }
}
