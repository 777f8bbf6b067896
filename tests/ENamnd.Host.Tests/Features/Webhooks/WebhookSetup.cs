using ENamnd.Host.Features.Webhooks;
using ENamnd.Persistence;
using ENamnd.Persistence.Outbox;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Webhooks;

/// <summary>Subscribers for a test host, and the outbox's webhook messages.</summary>
internal static class WebhookSetup
{
    /// <summary>The secret of the first subscriber.</summary>
    public const string Secret = "diariets-hemlighet-0123456789-abcdefghij";

    /// <summary>The secret of the second subscriber.</summary>
    public const string OtherSecret = "ekonomins-hemlighet-0123456789-abcdefgh";

    /// <summary>A subscriber at <paramref name="receiver"/>, of the given event types (none: all).</summary>
    public static WebhookSubscriber To(WebhookReceiver receiver, string name, string secret, params string[] events) =>
        new() { Name = name, Url = receiver.Url, Secret = secret, Events = [.. events] };

    /// <summary>The host's services with <paramref name="subscribers"/> configured (after the host's own binding).</summary>
    public static Action<IServiceCollection> With(int maxAttempts, params WebhookSubscriber[] subscribers) => services =>
        services.Configure<WebhookOptions>(o =>
        {
            o.Subscribers = [.. subscribers];
            o.MaxAttempts = maxAttempts;
            o.Timeout = TimeSpan.FromSeconds(5);
        });

    /// <summary>Sends what is due.</summary>
    public static Task DispatchAsync(IServiceProvider services) =>
        services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);

    /// <summary>The webhook messages in the outbox.</summary>
    public static async Task<List<OutboxRow>> MessagesAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().Where(r => r.Kind == WebhookMessage.Kind).ToListAsync();
    }
}
