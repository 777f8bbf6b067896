namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>How a feature adds its recurring job to the one registry that <see cref="SchedulingStartup"/> hands to Hangfire.</summary>
public static class MonitorJobRegistration
{
    /// <summary>Adds <typeparamref name="TJob"/> as a recurring job whose cron is the setting <c>Scheduling:{cronSetting}</c>, else <paramref name="defaultCron"/>.</summary>
    public static IServiceCollection AddMonitorJob<TJob>(this IServiceCollection services, string cronSetting, string defaultCron)
        where TJob : class, IMonitorJob
    {
        services.AddSingleton<IMonitorJob, TJob>();
        services.AddSingleton(new MonitorJobSchedule(typeof(TJob), cronSetting, defaultCron));
        return services;
    }
}
