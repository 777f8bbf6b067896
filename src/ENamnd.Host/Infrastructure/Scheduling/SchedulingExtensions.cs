using ENamnd.Engine.Runtime;
using ENamnd.Engine.Runtime.Alterations;
using ENamnd.Persistence;
using ENamnd.Persistence.Outbox;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>Registers Hangfire: PostgreSQL storage in its own schema, or in-memory storage for the embedded default.</summary>
public static class SchedulingExtensions
{
    /// <summary>Adds Hangfire, its server and the runtime's jobs.</summary>
    public static IServiceCollection AddENamndScheduling(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddENamndHangfire(database);
        // A delayed job is moved to its queue within SchedulePollingInterval of being due, and a worker hears of it at once
        // (long polling), so a timer fires within 30 s while an idle host makes few database transactions.
        services.AddHangfireServer(o =>
        {
            o.SchedulePollingInterval = SchedulePollingInterval;
            o.WorkerCount = Math.Max(4, Environment.ProcessorCount * 2);
            o.ShutdownTimeout = TimeSpan.FromSeconds(20);
        });
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>();
        services.AddSingleton<WorkflowJobs>();
        services.AddSingleton<IWorkflowDispatcher, HangfireWorkflowDispatcher>();
        services.AddSingleton<IStepCommitListener, StepJobScheduler>();
        services.AddSingleton<IAlterationPlanDispatcher, HangfireAlterationPlanDispatcher>();
        services.AddSingleton<MonitorJobRunner>();
        return services;
    }

    /// <summary>How often the delayed and recurring job schedulers look for due jobs.</summary>
    public static readonly TimeSpan SchedulePollingInterval = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Adds Hangfire's client side: this host's own storage, job activator and log provider. Hangfire's defaults
    /// read the process-wide JobStorage.Current and JobActivator.Current when a host first asks, so with two
    /// hosts in one process (the tests run many) one host's server could run its jobs with the other's services
    /// and database.
    /// </summary>
    public static IServiceCollection AddENamndHangfire(this IServiceCollection services, DatabaseSettings database)
    {
        // The configuration runs first: creating a storage already asks Hangfire's log provider for loggers.
        services.AddSingleton<JobStorage>(provider =>
        {
            provider.GetRequiredService<IGlobalConfiguration>();
            return CreateStorage(database);
        });
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IOutboxWakeUp, OutboxWakeUp>();
        services.AddHangfire((provider, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogProvider(provider.GetRequiredService<ILoggerFactory>())));
        return services;
    }

    private static JobStorage CreateStorage(DatabaseSettings database)
    {
        if (database.Provider != DatabaseProvider.Postgres) return new InMemoryStorage(new InMemoryStorageOptions());
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            // Workers wait for PostgreSQL's NOTIFY of a new job and look themselves only this often.
            EnableLongPolling = true,
            QueuePollInterval = TimeSpan.FromSeconds(15),
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = TimeSpan.FromMinutes(5),
            // Hangfire's locks are rows; a host killed while holding one leaves it behind until it is
            // this old. The default (10 min) stops every recurring job for that long and makes the
            // next start-up fail (registering a recurring job waits only 15 s for its lock). Everything
            // that holds a lock here is short, and the jobs are safe to run twice.
            DistributedLockTimeout = TimeSpan.FromSeconds(10),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, options), options);
    }
}
