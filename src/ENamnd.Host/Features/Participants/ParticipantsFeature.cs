using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ENamnd.Host.Features.Participants;

/// <summary>The participant directory: people, their roles and municipalities, and the demo participants.</summary>
public sealed class ParticipantsFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        // What the directory needs, also when a feature is composed without the workflows (the meeting and directory harnesses).
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(MunicipalityRegistry.Default);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        services.AddSingleton<EfParticipantDirectory>();
        services.AddSingleton<IParticipantDirectory>(p => p.GetRequiredService<EfParticipantDirectory>());
        services.AddSingleton<DemoParticipantSeeder>();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapParticipantEndpoints();

    /// <inheritdoc />
    public Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DemoParticipantSeeder>().SeedAsync(cancellationToken);
}
