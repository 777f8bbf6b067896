using ENamnd.Host.Features;
using ENamnd.Host.Features.Participants;
using ENamnd.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Participants;

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
            .AddFeature<ParticipantsFeature>()
            .Configure<DemoOptions>(o => o.SeedParticipants = seedDemo)
            .BuildServiceProvider();
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        return new DirectoryHarness(services);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
