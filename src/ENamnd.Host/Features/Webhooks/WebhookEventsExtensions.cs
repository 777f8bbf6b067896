using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ENamnd.Host.Features.Webhooks;

/// <summary>Registers <see cref="WebhookEvents"/> for the features that write events (once, whichever registers it first).</summary>
public static class WebhookEventsExtensions
{
    /// <summary>Adds <see cref="WebhookEvents"/>; without the <c>Webhooks</c> section bound (a harness) there are no subscribers and nothing is written.</summary>
    public static IServiceCollection AddWebhookEvents(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>();
        services.TryAddSingleton<WebhookEvents>();
        return services;
    }
}
