using ENamnd.Activities.Meetings;
using ENamnd.Host.Features.Tasks;
using ENamnd.Host.Features.Webhooks;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Persistence;

namespace ENamnd.Host.Features.Meetings;

/// <summary>The committee's and the preparation group's meetings: agenda, notices, attendance and decisions.</summary>
public sealed class MeetingsFeature : IHostFeature
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<MeetingOptions>().BindConfiguration(MeetingOptions.Section)
            .Validate(o => o.NoticeDaysBefore is >= 1 and <= 60, "Meetings:NoticeDaysBefore måste vara 1–60.")
            .Validate(o => o.JusteringDays is >= 1 and <= 60, "Meetings:JusteringDays måste vara 1–60.")
            .Validate(o => o.JusteringReminderDaysAfter >= 1 && o.JusteringReminderDaysAfter <= o.JusteringDays,
                "Meetings:JusteringReminderDaysAfter måste vara minst 1 och högst Meetings:JusteringDays.")
            .Validate(o => MeetingContacts.IsMailbox(o.OrganizerEmail), "Meetings:OrganizerEmail måste vara en e-postadress, t.ex. e-namnden@lulea.se, eller tomt.")
            .ValidateOnStart();
        services.AddSingleton<MeetingCalendar>();
        services.AddSingleton<MeetingWriter>();
        services.AddSingleton<MeetingMembers>();
        services.AddSingleton<MeetingContacts>();
        services.AddSingleton<MeetingAgenda>();
        services.AddSingleton<MeetingInvitation>();
        services.AddSingleton<MeetingTexts>();
        services.AddSingleton<MeetingNotices>();
        services.AddSingleton<MeetingAttendance>();
        services.AddSingleton<MeetingDecisions>();
        services.AddSingleton<MeetingAgendaItems>();
        services.AddSingleton<MeetingJustering>();
        services.AddSingleton<MeetingJusteringTasks>();
        services.AddSingleton<MeetingLog>();
        services.AddSingleton<MeetingViews>();
        services.AddSingleton<ITaskFacts, MeetingTaskFacts>();
        services.AddSingleton<MeetingJusteringJobs>();
        services.AddSingleton<IStepRecordWriter, MinutesCheckedWriter>();
        services.AddSingleton<IStepCommitListener, MinutesCheckedRelay>();
        services.AddSingleton<MeetingMinutes>();
        services.AddSingleton<MeetingAppeals>();
        services.AddSingleton<MeetingSeeder>();
        services.AddMonitorJob<MeetingReminderJob>("MeetingRemindersCron", "0 6 * * *");
        services.AddSingleton<IStepRecordWriter, AgendaItemWriter>();
        services.AddWebhookEvents().AddSingleton<IStepRecordWriter, DecisionInForceWriter>();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMeetingEndpoints();

    /// <inheritdoc />
    public Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<MeetingSeeder>().SeedAsync(cancellationToken);
}
