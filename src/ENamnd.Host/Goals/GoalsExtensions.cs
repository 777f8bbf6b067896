using ENamnd.Host.Monitoring;
using ENamnd.Host.Persistence;

namespace ENamnd.Host.Goals;

/// <summary>Wiring of annual plans and their tertial follow-up.</summary>
public static class GoalsExtensions
{
    /// <summary>Adds the plan store, the follow-up job and its parts, and the <c>Goals</c> options (validated at start-up).</summary>
    public static IServiceCollection AddENamndGoals(this IServiceCollection services)
    {
        services.AddOptions<GoalsOptions>().BindConfiguration(GoalsOptions.Section)
            .Validate(o => o.FollowUpDeadlineDays is >= 1 and <= 365, "Goals:FollowUpDeadlineDays måste vara mellan 1 och 365.")
            .Validate(o => o.ReminderIntervalDays is >= 0 and <= 365, "Goals:ReminderIntervalDays måste vara mellan 0 och 365.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ReportRecipients), "Goals:ReportRecipients måste anges, t.ex. roll:samordnare.")
            .ValidateOnStart();
        services.AddSingleton<IMeetingStatistics, CalendarMeetingStatistics>();
        services.AddSingleton<PlanStore>();
        services.AddSingleton<PlanFollowUps>();
        services.AddSingleton<GoalPlanSeeder>();
        services.AddSingleton<FollowUpItems>();
        services.AddSingleton<TertialFollowUpStarter>();
        services.AddSingleton<TertialReportCompiler>();
        services.AddSingleton<TertialReports>();
        services.AddSingleton<IStepRecordWriter, FollowUpTaskWriter>();
        services.AddSingleton<IMonitorJob, TertialFollowUpJob>();
        return services;
    }

    /// <summary>Seeds the example plan when enabled (see <see cref="GoalPlanSeeder"/>); run after the database is migrated.</summary>
    public static async Task SeedExamplePlanAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<GoalPlanSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
}
