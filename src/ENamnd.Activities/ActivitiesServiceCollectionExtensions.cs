using ENamnd.Activities.Allocation;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ENamnd.Activities;

/// <summary>Registers the e-nämnd activities with the engine, and the domain services they use.</summary>
public static class ActivitiesServiceCollectionExtensions
{
    /// <summary>Adds the engine with the built-in and the e-nämnd activities, the municipalities, cost allocation and recipient resolution.</summary>
    public static IServiceCollection AddENamndActivities(this IServiceCollection services)
    {
        services.TryAddSingleton(MunicipalityRegistry.Default);
        services.TryAddSingleton<CostAllocator>();
        services.TryAddSingleton<IParticipantDirectory, InMemoryParticipantDirectory>();
        services.TryAddSingleton<RecipientResolver>();
        services.TryAddSingleton<RecipientNames>();
        services.TryAddSingleton(new WorkingDeadlines());
        return services.AddWorkflowEngine(registry => registry.RegisterAll(typeof(ActivitiesServiceCollectionExtensions).Assembly));
    }
}
