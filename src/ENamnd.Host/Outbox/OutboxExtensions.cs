namespace ENamnd.Host.Outbox;

/// <summary>Registers the outbox dispatcher and its handlers.</summary>
public static class OutboxExtensions
{
    /// <summary>Adds the dispatcher and the email handler.</summary>
    public static IServiceCollection AddENamndOutbox(this IServiceCollection services)
    {
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutboxHandler, EmailOutboxHandler>();
        return services;
    }
}
