using System.Text.Json;
using ENamnd.Activities.Email;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Email;

namespace ENamnd.Host.Outbox;

/// <summary>Sends <c>email</c> outbox messages; the outbox id is the stable Message-ID.</summary>
public sealed class EmailOutboxHandler(EmailSender sender) : IOutboxHandler
{
    /// <inheritdoc />
    public string Kind => EmailMessage.Kind;

    /// <inheritdoc />
    public async Task DeliverAsync(string messageId, string payload, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.Deserialize<EmailMessage>(payload, ValueConverter.JsonOptions)
            ?? throw new OutboxDeliveryException("Tomt e-postmeddelande i utkorgen.", isPermanent: true);
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
