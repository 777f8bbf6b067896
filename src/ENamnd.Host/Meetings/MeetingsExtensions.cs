using ENamnd.Host.Monitoring;

namespace ENamnd.Host.Meetings;

/// <summary>Wiring of meetings: the calendar, its writer, agendas, notices, the reminder job and the endpoints.</summary>
public static class MeetingsExtensions
{
    /// <summary>Adds the meeting services and the <c>meeting-reminders</c> job.</summary>
    public static IServiceCollection AddENamndMeetings(this IServiceCollection services)
    {
        services.AddOptions<MeetingOptions>().BindConfiguration(MeetingOptions.Section)
            .Validate(o => o.NoticeDaysBefore is >= 1 and <= 60, "Meetings:NoticeDaysBefore måste vara 1–60.")
            .Validate(o => o.JusteringDays is >= 1 and <= 60, "Meetings:JusteringDays måste vara 1–60.")
            .Validate(o => o.JusteringReminderDaysAfter >= 1 && o.JusteringReminderDaysAfter <= o.JusteringDays,
                "Meetings:JusteringReminderDaysAfter måste vara minst 1 och högst Meetings:JusteringDays.")
            .ValidateOnStart();
        services.AddSingleton<MeetingCalendar>();
        services.AddSingleton<MeetingWriter>();
        services.AddSingleton<MeetingMembers>();
        services.AddSingleton<MeetingAgenda>();
        services.AddSingleton<MeetingInvitation>();
        services.AddSingleton<MeetingTexts>();
        services.AddSingleton<MeetingNotices>();
        services.AddSingleton<MeetingAttendance>();
        services.AddSingleton<MeetingDecisions>();
        services.AddSingleton<MeetingSeeder>();
        services.AddSingleton<IMonitorJob, MeetingReminderJob>();
        return services;
    }
}
