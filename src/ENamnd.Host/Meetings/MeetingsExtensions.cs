namespace ENamnd.Host.Meetings;

/// <summary>Wiring of meetings: the calendar, its writer, the reminder job and the endpoints.</summary>
public static class MeetingsExtensions
{
    /// <summary>Adds the meeting calendar and writer.</summary>
    public static IServiceCollection AddENamndMeetings(this IServiceCollection services)
    {
        services.AddSingleton<MeetingCalendar>();
        services.AddSingleton<MeetingWriter>();
        return services;
    }
}
