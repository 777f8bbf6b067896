using ENamnd.Host.Features.Webhooks;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Persistence;
using ENamnd.Persistence.Outbox;

namespace ENamnd.Host.Features.Contracts;

/// <summary>The contract register, its expiry monitoring and the decisions at contract end.</summary>
public sealed class ContractsFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<ContractsOptions>().BindConfiguration(ContractsOptions.Section)
            .Validate(o => o.IsValid(), "Contracts: AlertLeadMonths måste vara olika antal månader mellan 1 och 120, Coordinators måste anges och ScanBatchSize vara mellan 1 och 10 000.")
            .ValidateOnStart();
        services.AddSingleton<ContractStore>();
        services.AddSingleton<ContractViews>();
        services.AddWebhookEvents().AddSingleton<ContractNotifier>();
        services.AddSingleton<ContractDecisionStarter>();
        services.AddSingleton<ContractDecisionQueue>();
        services.AddSingleton<IOutboxHandler, ContractDecisionOutboxHandler>();
        services.AddSingleton<IStepRecordWriter, ContractRegisteredWriter>();
        services.AddSingleton<IStepRecordWriter, ContractDecidedWriter>();
        services.AddMonitorJob<ContractExpiryMonitor>("ContractExpiryMonitorCron", "0 6 * * *");
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapContractEndpoints();
}
