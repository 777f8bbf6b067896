namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Resolves the coordinator key at start-up, so a generated key is announced before anyone needs it.</summary>
internal sealed class CoordinatorKeyInitializer(CoordinatorKeyStore keys) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        keys.EnsureKey();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
