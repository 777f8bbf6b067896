using ENamnd.Activities;
using ENamnd.Workflows.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ENamnd.Workflows;

/// <summary>Registers the e-nämnd process workflows.</summary>
public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>Adds the engine, the e-nämnd activities and the process workflows.</summary>
    public static IServiceCollection AddENamndWorkflows(this IServiceCollection services)
    {
        services.AddENamndActivities();
        services.TryAddSingleton<CodeWorkflowInstaller>();
        services.AddCodeWorkflow<Process.MainProcessWorkflow>()
            .AddCodeWorkflow<Process.QualificationWorkflow>()
            .AddCodeWorkflow<Process.PreStudyWorkflow>()
            .AddCodeWorkflow<Process.DevelopmentProjectWorkflow>()
            .AddCodeWorkflow<Process.ProcurementWorkflow>()
            .AddCodeWorkflow<Process.RolloutWorkflow>()
            .AddCodeWorkflow<Process.ManagementWorkflow>();
        services.AddCodeWorkflow<Process.LateJoinWorkflow>();
        services.AddCodeWorkflow<Process.FurtherDevelopmentWorkflow>();
        services.AddCodeWorkflow<ContractEndWorkflow>();
        services.AddCodeWorkflow<Goals.TertialFollowUpWorkflow>();
        services.AddCodeWorkflow<Meetings.JusteringWorkflow>();
        return services;
    }

    /// <summary>Adds a code-declared workflow, published as version 1 at first start.</summary>
    public static IServiceCollection AddCodeWorkflow<T>(this IServiceCollection services) where T : class, ICodeWorkflow
    {
        services.AddSingleton<ICodeWorkflow, T>();
        return services;
    }
}
