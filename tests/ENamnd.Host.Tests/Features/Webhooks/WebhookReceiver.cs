using System.Net;
using System.Text.Json.Nodes;
using ENamnd.Host.Features.Webhooks;
using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Features.Webhooks;

/// <summary>
/// A subscriber on 127.0.0.1 (an <see cref="HttpListener"/> on a free port) that keeps every event it is sent; it can be
/// down (nothing listens: connection refused) and can answer with an error status.
/// </summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly List<Received> received = [];
    private HttpListener? listener;

    /// <summary>One request as it arrived.</summary>
    public sealed record Received(string Event, string EventId, long Timestamp, string Signature, string Body)
    {
        /// <summary>The body parsed.</summary>
        public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
    }

    /// <summary>The receiver's address.</summary>
    public string Url { get; } = $"http://127.0.0.1:{FreePort.Next()}/hooks/";

    /// <summary>The status answered; 204 by default.</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.NoContent;

    /// <summary>Every request received, oldest first (also those answered with an error).</summary>
    public IReadOnlyList<Received> All
    {
        get
        {
            lock (received) return [.. received];
        }
    }

    /// <summary>The events received of <paramref name="type"/>.</summary>
    public IReadOnlyList<Received> OfType(string type) => [.. All.Where(r => r.Event == type)];

    /// <summary>Starts listening.</summary>
    public WebhookReceiver Start()
    {
        listener = new HttpListener();
        listener.Prefixes.Add(Url);
        listener.Start();
        _ = Task.Run(() => ServeAsync(listener));
        return this;
    }

    /// <summary>Stops listening: deliveries are refused.</summary>
    public void Stop()
    {
        listener?.Close();
        listener = null;
    }

    /// <summary>Whether <paramref name="received"/> carries the signature <paramref name="secret"/> makes of its timestamp and body.</summary>
    public static bool IsSigned(Received received, string secret) =>
        received.Signature == WebhookSignature.Compute(secret, received.Timestamp, received.Body);

    private async Task ServeAsync(HttpListener serving)
    {
        while (serving.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await serving.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using (var reader = new StreamReader(context.Request.InputStream))
            {
                var body = await reader.ReadToEndAsync();
                var headers = context.Request.Headers;
                lock (received)
                    received.Add(new Received(headers[WebhookHeaders.Event] ?? "", headers[WebhookHeaders.EventId] ?? "",
                        long.Parse(headers[WebhookHeaders.Timestamp] ?? "0", System.Globalization.CultureInfo.InvariantCulture), headers[WebhookHeaders.Signature] ?? "", body));
            }
            context.Response.StatusCode = (int)Status;
            context.Response.Close();
        }
    }

    /// <inheritdoc />
    public void Dispose() => Stop();
}
