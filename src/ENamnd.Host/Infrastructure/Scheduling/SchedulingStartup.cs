using ENamnd.Engine.Expressions;
using ENamnd.Engine.Stores;
using ENamnd.Persistence;
using Hangfire;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>Registers the recurring jobs (one place, stable ids, Stockholm time) and rebuilds lost timers at start-up.</summary>
public static class SchedulingStartup
{
    /// <summary>
    /// Registers recurring jobs and runs the recovery sweep and the outbox dispatch once now; with in-memory Hangfire,
    /// schedules a job again for every open timer.
    /// </summary>
    public static async Task StartSchedulingAsync(this WebApplication app)
    {
        var services = app.Services;
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        var options = new RecurringJobOptions { TimeZone = StockholmTime.Zone };
        var crons = services.GetRequiredService<IOptions<SchedulingOptions>>().Value;
        recurring.AddOrUpdate<WorkflowJobs>(RecurringJobIds.DueBookmarkSweep, j => j.SweepDueBookmarksAsync(CancellationToken.None), crons.DueBookmarkSweepCron, options);
        recurring.AddOrUpdate<WorkflowJobs>(RecurringJobIds.OutboxDispatcher, j => j.DispatchOutboxAsync(CancellationToken.None), crons.OutboxDispatcherCron, options);
        AddMonitorJobs(recurring, services, options);
        var jobs = services.GetRequiredService<IBackgroundJobClient>();
        jobs.Enqueue<WorkflowJobs>(j => j.DispatchOutboxAsync(CancellationToken.None));
        // Signals a crash left pending are delivered now rather than at the sweep's next occurrence.
        jobs.Enqueue<WorkflowJobs>(j => j.SweepDueBookmarksAsync(CancellationToken.None));
        if (services.GetRequiredService<DatabaseSettings>().Provider != DatabaseProvider.Sqlite) return;
        // The database is the source of truth: in-memory Hangfire forgot its delayed jobs when the host stopped.
        var timers = await services.GetRequiredService<IBookmarkStore>().ListDueAsync(DateTimeOffset.MaxValue, int.MaxValue, app.Lifetime.ApplicationStopping);
        foreach (var timer in timers)
            jobs.Schedule<WorkflowJobs>(j => j.ResumeBookmarkAsync(timer.Id, CancellationToken.None), timer.DueAt!.Value);
    }

    // Every feature's job, on the cron its MonitorJobSchedule names.
    private static void AddMonitorJobs(IRecurringJobManager recurring, IServiceProvider services, RecurringJobOptions options)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var schedules = services.GetServices<MonitorJobSchedule>().ToDictionary(s => s.JobType);
        foreach (var job in services.GetServices<IMonitorJob>())
        {
            var id = job.JobId;
            var cron = schedules[job.GetType()].CronFrom(configuration);
            recurring.AddOrUpdate<MonitorJobRunner>(id, r => r.RunAsync(id, CancellationToken.None), cron, options);
        }
    }
}
