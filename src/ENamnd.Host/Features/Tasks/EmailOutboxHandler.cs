using System.Text.Json;
using ENamnd.Activities.Email;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Infrastructure.Email;
using ENamnd.Persistence.Outbox;

namespace ENamnd.Host.Features.Tasks;

/// <summary>Sends <c>email</c> outbox messages with their task links filled in; the outbox id is the stable Message-ID.</summary>
public sealed class EmailOutboxHandler(EmailSender sender, TaskEmailLinks taskLinks) : IOutboxHandler
{
    /// <inheritdoc />
    public string Kind => EmailMessage.Kind;

    /// <inheritdoc />
    public async Task DeliverAsync(string messageId, string payload, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.Deserialize<EmailMessage>(payload, ValueConverter.JsonOptions)
            ?? throw new OutboxDeliveryException("Tomt e-postmeddelande i utkorgen.", isPermanent: true);
        // The links are filled in only now, so the outbox never holds a token; a resend builds the same link.
        message = await taskLinks.FillAsync(message, cancellationToken);
        try
        {
            await sender.SendAsync(message, messageId, cancellationToken);
        }
        catch (EmailDeliveryException e) when (!e.IsTransient)
        {
            throw new OutboxDeliveryException(e.Message, isPermanent: true, e);
        }
    }
}
