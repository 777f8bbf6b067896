using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Webhooks;

/// <summary>
/// Writes events for other systems: one <c>webhook</c> outbox message per subscriber that wants the event, added to the
/// context of whatever caused it, so the event is durable exactly when its cause is. The event id is derived from the
/// cause's key, so writing the same cause again yields the same id (and, per subscriber, the same message id).
/// </summary>
public sealed class WebhookEvents(IOptions<WebhookOptions> options)
{
    /// <summary>The JSON of event bodies: camelCase, as the API writes it.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private long written;

    /// <summary>How many messages were written so far (the outbox is woken after a commit when this moved).</summary>
    public long Written => Interlocked.Read(ref written);

    /// <summary>The stable id of the event of <paramref name="type"/> caused by <paramref name="key"/>.</summary>
    public static string IdOf(string type, string key) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{type}\n{key}")).AsSpan(0, 16)).ToString("D");

    /// <summary>
    /// Adds the event to <paramref name="db"/> for every subscriber that wants it (saved with the caller's transaction);
    /// returns the event id. <paramref name="subject"/> is what the outbox lists it under (an instance or a contract).
    /// </summary>
    public async Task<string> AddAsync(ENamndDbContext db, string type, string key, DateTimeOffset occurredAt, object data, string subject, CancellationToken cancellationToken)
    {
        var id = IdOf(type, key);
        var subscribers = options.Value.Subscribers.Where(s => s.Wants(type)).ToList();
        if (subscribers.Count == 0) return id;
        var body = JsonSerializer.Serialize(new WebhookEvent(id, type, Utc(occurredAt), data), Json);
        foreach (var subscriber in subscribers)
        {
            var messageId = $"{WebhookMessage.Kind}:{id}:{subscriber.Name}";
            // The same cause written twice (it should not be) keeps the message already queued rather than failing its step.
            if (db.Outbox.Local.Any(r => r.Id == messageId) || await db.Outbox.AnyAsync(r => r.Id == messageId, cancellationToken)) continue;
            db.Outbox.Add(new OutboxRow
            {
                Id = messageId,
                Kind = WebhookMessage.Kind,
                Payload = JsonSerializer.Serialize(new WebhookMessage(subscriber.Name, id, type, body), Json),
                InstanceId = subject,
                CreatedAt = occurredAt.ToUniversalTime(),
                NextAttemptAt = occurredAt.ToUniversalTime(),
            });
            Interlocked.Increment(ref written);
        }
        return id;
    }

    /// <summary>A moment as UTC ISO 8601 with milliseconds, e.g. <c>2026-03-18T09:30:00.000Z</c>.</summary>
    public static string Utc(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
