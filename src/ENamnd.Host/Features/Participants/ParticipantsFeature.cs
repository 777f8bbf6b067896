using ENamnd.Activities.People;

namespace ENamnd.Host.Features.Participants;

/// <summary>The participant directory: people, their roles and municipalities, and the demo participants.</summary>
public sealed class ParticipantsFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
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
