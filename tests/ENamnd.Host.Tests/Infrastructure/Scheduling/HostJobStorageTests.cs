using ENamnd.Host.Features.Contracts;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Host.Tests.Features.Contracts;
using ENamnd.TestSupport;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ENamnd.Host.Tests.Infrastructure.Scheduling;

/// <summary>
/// Every host owns its Hangfire storage and job activator. Hangfire's defaults read the statics
/// <see cref="JobStorage.Current"/> and <see cref="JobActivator.Current"/>, which another host in the same
/// process (the tests run many side by side) may have replaced by the time this host's server starts.
/// </summary>
public sealed class HostJobStorageTests
{
    [Fact]
    public async Task Should_RunItsJobsWithItsOwnServices_When_AnotherHostReplacedHangfiresStatics()
    {
        var othersStorage = new InMemoryStorage(new InMemoryStorageOptions());
        var othersActivator = new JobActivator();
        using var host = new ContractsHostFactory
        {
            // Runs while the host creates its hosted services, just before Hangfire's server: as another host
            // configuring Hangfire at that moment would.
            ConfigureServices = services => services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(_ =>
            {
                JobStorage.Current = othersStorage;
                JobActivator.Current = othersActivator;
                return new NothingToHost();
            })),
        };
        await host.StartAsync();

        Assert.NotSame(othersStorage, host.Services.GetRequiredService<JobStorage>());
        Assert.NotSame(othersActivator, host.Services.GetRequiredService<JobActivator>());
        // The monitor triggered in this host runs in this host: its alert is in this host's ledger.
        host.Clock.Set(ContractsHostFactory.Stockholm(new DateOnly(2026, 12, 31), new TimeOnly(6, 0)));
        var contract = await host.AddContractAsync("E-tjänsteplattform", new DateOnly(2027, 3, 31));
        using var api = host.CreateCoordinatorClient();
        (await api.PostAsync($"/api/jobs/{ContractExpiryMonitor.Id}/trigger", null)).EnsureSuccessStatusCode();
        var key = ContractLedgerKeys.Alert(contract.Id, new DateOnly(2027, 3, 31), 3).Value;
        var ledger = await Poll.UntilAsync(() => host.LedgerAsync(), rows => rows.Any(r => r.Key == key), TimeSpan.FromSeconds(30),
            rows => $"no alert {key} among {rows.Count} ledger entries", TimeSpan.FromMilliseconds(200));
        Assert.Contains(ledger, r => r.Key == key);
        Assert.Equal(0, othersStorage.GetMonitoringApi().EnqueuedCount("default") + othersStorage.GetMonitoringApi().SucceededListCount());
    }

    [Fact]
    public void Should_LogNothingInsteadOfFailing_When_TheHostThatProvidesHangfiresLoggersHasStopped()
    {
        var stopped = LoggerFactory.Create(_ => { });
        var provider = new HangfireLogProvider(stopped);

        stopped.Dispose();

        Assert.False(provider.GetLogger("Hangfire.Test").Log(Hangfire.Logging.LogLevel.Error, () => "lost"));
    }

    private sealed class NothingToHost : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
