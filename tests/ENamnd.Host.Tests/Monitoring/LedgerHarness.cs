using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using ENamnd.Persistence;
using ENamnd.Persistence.Ledger;

namespace ENamnd.Host.Tests.Monitoring;

/// <summary>The notification ledger on a migrated database, without the rest of the host; each harness is one "host".</summary>
internal sealed class LedgerHarness : IAsyncDisposable
{
    private LedgerHarness(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public NotificationLedger Ledger => Services.GetRequiredService<NotificationLedger>();

    public CountingJobClient Jobs => (CountingJobClient)Services.GetRequiredService<IBackgroundJobClient>();

    public static async Task<LedgerHarness> StartAsync(DatabaseSettings database)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IBackgroundJobClient, CountingJobClient>()
            .AddENamndPersistence(database)
            .AddSingleton<NotificationLedger>()
            .BuildServiceProvider();
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        return new LedgerHarness(services);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
