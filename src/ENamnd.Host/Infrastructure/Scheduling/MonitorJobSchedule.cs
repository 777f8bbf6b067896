namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>
/// When a feature's recurring job runs: the setting under <c>Scheduling</c> that holds its cron (Stockholm time, seconds
/// allowed as a sixth field) and the cron used when the setting is absent. Registered by <see cref="MonitorJobRegistration.AddMonitorJob{TJob}"/>.
/// </summary>
public sealed record MonitorJobSchedule(Type JobType, string CronSetting, string DefaultCron)
{
    /// <summary>The configuration key, e.g. <c>Scheduling:ContractExpiryMonitorCron</c>.</summary>
    public string Key => $"{SchedulingOptions.Section}:{CronSetting}";

    /// <summary>The configured cron, or the default.</summary>
    public string CronFrom(IConfiguration configuration) => configuration[Key] is { Length: > 0 } cron ? cron : DefaultCron;
}
