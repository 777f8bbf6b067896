using ENamnd.Host.ParticipantDirectory;
using ENamnd.Host.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.ParticipantDirectory;

/// <summary>The durable participant directory on a given database, migrated and ready, without the rest of the host.</summary>
public sealed class DirectoryHarness : IAsyncDisposable
{
    private DirectoryHarness(ServiceProvider services) => Services = services;

    /// <summary>The container.</summary>
    public ServiceProvider Services { get; }

    /// <summary>The directory under test.</summary>
    public EfParticipantDirectory Directory => Services.GetRequiredService<EfParticipantDirectory>();

    /// <summary>Builds the directory on <paramref name="database"/> and applies the migrations.</summary>
    public static async Task<DirectoryHarness> StartAsync(DatabaseSettings database, bool? seedDemo = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddENamndPersistence(database)
            .AddENamndDirectory()
            .Configure<DemoOptions>(o => o.SeedParticipants = seedDemo)
            .BuildServiceProvider();
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        return new DirectoryHarness(services);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
