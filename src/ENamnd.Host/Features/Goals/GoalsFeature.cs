using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Persistence;

namespace ENamnd.Host.Features.Goals;

/// <summary>The plan's goals and the tertial follow-ups and reports.</summary>
public sealed class GoalsFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
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
        services.AddMonitorJob<TertialFollowUpJob>("TertialFollowUpCron", "0 7 * * *");
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapGoalEndpoints();

    /// <inheritdoc />
    public Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<GoalPlanSeeder>().SeedAsync(cancellationToken);
}
