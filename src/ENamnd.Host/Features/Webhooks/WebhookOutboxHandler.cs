using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ENamnd.Host.Infrastructure.Telemetry;
using ENamnd.Persistence.Outbox;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Webhooks;

/// <summary>
/// Posts <c>webhook</c> outbox messages to their subscriber, signed with its secret. Anything but a 2xx answer (a refused
/// connection, a timeout, a 500, a redirect) is tried again with the dispatcher's backoff, up to <see cref="WebhookOptions.MaxAttempts"/>.
/// </summary>
public sealed class WebhookOutboxHandler(IHttpClientFactory clients, IOptions<WebhookOptions> options, TimeProvider clock) : IOutboxHandler
{
    /// <summary>The name of the HTTP client events are sent with.</summary>
    public const string ClientName = "webhooks";

    /// <inheritdoc />
    public string Kind => WebhookMessage.Kind;

    /// <inheritdoc />
    public int MaxAttempts => options.Value.MaxAttempts;

    /// <inheritdoc />
    public async Task DeliverAsync(string messageId, string payload, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.Deserialize<WebhookMessage>(payload, WebhookEvents.Json)
            ?? throw new OutboxDeliveryException("Tom händelse i utkorgen.", isPermanent: true);
        var subscriber = options.Value.Subscribers.FirstOrDefault(s => s.Name == message.Subscriber)
            ?? throw new OutboxDeliveryException($"Mottagaren '{message.Subscriber}' finns inte längre i Webhooks:Subscribers.", isPermanent: true);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscriber.Url)
        {
            Content = new StringContent(message.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookHeaders.Event, message.Type);
        request.Headers.Add(WebhookHeaders.EventId, message.EventId);
        request.Headers.Add(WebhookHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Compute(subscriber.Secret, timestamp, message.Body));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("ENamnd", null));
        // The subscriber's URL may hold a secret in its path (Teams, Slack): traces show only its scheme, host and port.
        request.Options.Set(SpanRedaction.HideUrlPath, true);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new OutboxDeliveryException($"{subscriber.Name} svarade inte inom {options.Value.Timeout}.", isPermanent: false, e);
        }
        catch (HttpRequestException e)
        {
            // The message names the address at most, never the secret.
            throw new OutboxDeliveryException($"{subscriber.Name} kunde inte nås: {e.Message}", isPermanent: false, e);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw new OutboxDeliveryException($"{subscriber.Name} svarade {(int)response.StatusCode} {response.ReasonPhrase}.", isPermanent: false);
        }
    }
}
