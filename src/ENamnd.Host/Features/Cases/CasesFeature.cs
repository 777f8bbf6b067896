using ENamnd.Host.Features.Webhooks;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Persistence;

namespace ENamnd.Host.Features.Cases;

/// <summary>Cases: starting, following and cancelling them, handing contract ends back to their process, and the demo cases.</summary>
public sealed class CasesFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<CaseOptions>().BindConfiguration(CaseOptions.Section)
            .Validate(o => o.DocumentLibraryUrl.Length == 0 || Uri.TryCreate(o.DocumentLibraryUrl, UriKind.Absolute, out _), "Process:DocumentLibraryUrl måste vara en absolut adress.")
            .ValidateOnStart();
        services.AddSingleton<CaseService>();
        services.AddSingleton<IStepRecordWriter, CaseOpenedWriter>();
        services.AddWebhookEvents().AddSingleton<IStepTransactionObserver, CaseEvents>();
        services.AddSingleton<CaseQueries>();
        services.AddSingleton<CaseContracts>();
        services.AddSingleton<CaseParticipants>();
        services.AddSingleton<CaseFurtherDevelopment>();
        services.AddSingleton<ContractDecisionJobs>();
        services.AddSingleton<IStepCommitListener, ContractDecisionRelay>();
        services.AddMonitorJob<ContractDecisionHandover>("ContractDecisionHandoverCron", "30 * * * *");
        services.AddSingleton<DemoCaseDriver>();
        services.AddSingleton<DemoCaseSeeder>();
        // The demo cases are driven in the background after the start, once the people, meetings and plan are seeded.
        services.AddSingleton<DemoCaseStartup>();
        services.AddHostedService(p => p.GetRequiredService<DemoCaseStartup>());
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCaseEndpoints();
}
