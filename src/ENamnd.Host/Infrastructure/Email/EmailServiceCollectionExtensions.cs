using ENamnd.Host.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Email;

/// <summary>Registers outgoing email.</summary>
public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <c>Email</c> options (bound from configuration, the pickup directory resolved against
    /// <c>Storage:DataDirectory</c>, validated at start-up), the composer, the transport chosen by
    /// <see cref="EmailOptions.Mode"/> and <see cref="EmailSender"/>. Needs <see cref="IConfiguration"/> in the container.
    /// </summary>
    public static IServiceCollection AddENamndEmail(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Binding Storage again is harmless when the host binds it too; the email section only reads it.
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        services.AddOptions<EmailOptions>()
            .BindConfiguration(EmailOptions.Section)
            .PostConfigure<IOptions<StorageOptions>>((email, storage) =>
                email.PickupDirectory = email.ResolvePickupDirectory(storage.Value.DataDirectory))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>());
        services.TryAddSingleton<EmailComposer>();
        services.TryAddSingleton<PickupDirectoryTransport>();
        services.TryAddSingleton<SmtpTransport>();
        services.TryAddSingleton<IEmailTransport>(provider =>
            provider.GetRequiredService<IOptions<EmailOptions>>().Value.Mode == EmailMode.Smtp
                ? provider.GetRequiredService<SmtpTransport>()
                : provider.GetRequiredService<PickupDirectoryTransport>());
        services.TryAddSingleton<EmailSender>();
        return services;
    }
}
