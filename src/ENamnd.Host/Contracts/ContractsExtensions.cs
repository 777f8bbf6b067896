using ENamnd.Host.Monitoring;
using ENamnd.Host.Persistence;

namespace ENamnd.Host.Contracts;

/// <summary>Registers the contract registry and contract monitoring (avtalsbevakning).</summary>
public static class ContractsExtensions
{
    /// <summary>Adds the registry, its step-record writers, the options and the daily <c>contract-expiry-monitor</c> job.</summary>
    public static IServiceCollection AddENamndContracts(this IServiceCollection services)
    {
        services.AddOptions<ContractsOptions>().BindConfiguration(ContractsOptions.Section)
            .Validate(o => o.IsValid(), "Contracts: AlertLeadMonths måste vara olika antal månader mellan 1 och 120, och Coordinators måste anges.")
            .ValidateOnStart();
        services.AddSingleton<ContractStore>();
        services.AddSingleton<ContractViews>();
        services.AddSingleton<ContractNotifier>();
        services.AddSingleton<ContractDecisionStarter>();
        services.AddSingleton<IStepRecordWriter, ContractRegisteredWriter>();
        services.AddSingleton<IStepRecordWriter, ContractDecidedWriter>();
        services.AddSingleton<IMonitorJob, ContractExpiryMonitor>();
        return services;
    }
}
