using ENamnd.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities;

/// <summary>Registers the e-nämnd activities with the engine.</summary>
public static class ActivitiesServiceCollectionExtensions
{
    /// <summary>Adds the engine with the built-in and the e-nämnd activities.</summary>
    public static IServiceCollection AddENamndActivities(this IServiceCollection services) =>
        services.AddWorkflowEngine(registry => registry.RegisterAll(typeof(ActivitiesServiceCollectionExtensions).Assembly));
}
