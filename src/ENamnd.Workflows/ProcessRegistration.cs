using ENamnd.Workflows.Process;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Workflows;

/// <summary>Registers the main process and its six subprocesses.</summary>
public static class ProcessRegistration
{
    /// <summary>Adds the process workflows as code-declared workflows.</summary>
    public static IServiceCollection AddENamndProcess(this IServiceCollection services) => services
        .AddCodeWorkflow<MainProcessWorkflow>()
        .AddCodeWorkflow<QualificationWorkflow>()
        .AddCodeWorkflow<PreStudyWorkflow>()
        .AddCodeWorkflow<DevelopmentProjectWorkflow>()
        .AddCodeWorkflow<ProcurementWorkflow>()
        .AddCodeWorkflow<RolloutWorkflow>()
        .AddCodeWorkflow<ManagementWorkflow>();
}
