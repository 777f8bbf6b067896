using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Says once at start where the data-protection keys are and why keeping them unencrypted there is safe.</summary>
internal sealed class DataProtectionKeyNotice(IEnumerable<IConfigureOptions<KeyManagementOptions>> configurations, ILogger<DataProtectionKeyNotice> logger)
    : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (configurations.OfType<DataProtectionKeyStorage>().FirstOrDefault() is not { } keys) return Task.CompletedTask;
        logger.LogInformation(keys.InDatabase
            ? "Data-protection keys are kept unencrypted in {Location}, shared by the hosts on the database and guarded by its grants"
            : "Data-protection keys are kept unencrypted in {Location}, readable by the host's user only (files 0600)", keys.Location);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
