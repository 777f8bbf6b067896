using ENamnd.Persistence;
using ENamnd.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Webhooks;

/// <summary>
/// Events to other systems (webhooks): signed JSON posted to the configured subscribers through the outbox. The features
/// whose facts are events (cases, meetings, contracts) write them with <see cref="WebhookEvents"/>, in their own transactions.
/// </summary>
public sealed class WebhooksFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.AddWebhookEvents();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>());
        services.AddSingleton<IOutboxHandler, WebhookOutboxHandler>();
        services.AddSingleton<IStepCommitListener, WebhookWakeUp>();
        // A named client, so its calls are seen (and can be instrumented) as one; the handler's own timeout bounds each call.
        services.AddHttpClient(WebhookOutboxHandler.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
