using ENamnd.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Workflows;

/// <summary>Registers the e-nämnd process workflows.</summary>
public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>Adds the engine, the e-nämnd activities and the process workflows.</summary>
    public static IServiceCollection AddENamndWorkflows(this IServiceCollection services) => services.AddENamndActivities();
}
