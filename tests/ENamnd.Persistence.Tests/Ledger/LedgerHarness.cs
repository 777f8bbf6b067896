using ENamnd.Persistence.Ledger;
using ENamnd.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests.Ledger;

/// <summary>The notification ledger on a migrated database, without the rest of the host; each harness is one "host".</summary>
internal sealed class LedgerHarness : IAsyncDisposable
{
    private LedgerHarness(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public NotificationLedger Ledger => Services.GetRequiredService<NotificationLedger>();

    /// <summary>The outbox wake-up the ledger calls after it queued a message.</summary>
    public CountingOutboxWakeUp OutboxWakeUp => (CountingOutboxWakeUp)Services.GetRequiredService<IOutboxWakeUp>();

    public static async Task<LedgerHarness> StartAsync(DatabaseSettings database)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IOutboxWakeUp, CountingOutboxWakeUp>()
            .AddENamndPersistence(database)
            .BuildServiceProvider();
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        return new LedgerHarness(services);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
