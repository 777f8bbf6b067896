using System.Security.Cryptography;
using System.Text;
using ENamnd.Activities.People;
using ENamnd.Host.Features.Meetings;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace ENamnd.Host.Features.CalendarFeeds;

/// <summary>
/// A person's feed as an iCalendar document for subscription (METHOD:PUBLISH): a Swedish name (X-WR-CALNAME), the
/// Stockholm time zone (X-WR-TIMEZONE and its VTIMEZONE, from <see cref="MeetingInvitation.NewCalendar"/>), a suggested
/// refresh every hour, and the events of <see cref="CalendarFeedEvents"/> (and <see cref="CoordinatorCalendarEvents"/>
/// for the e-samordnare).
/// </summary>
public sealed class CalendarFeedDocument(CalendarFeedEvents events, CoordinatorCalendarEvents coordinatorEvents)
{
    /// <summary>The method of a subscribed calendar.</summary>
    public const string Publish = "PUBLISH";

    /// <summary>How often a calendar is asked to fetch the feed again.</summary>
    public const string RefreshInterval = "PT1H";

    /// <summary>The calendar's name as a calendar program shows it.</summary>
    public static string Name(Participant person) => $"Norrbottens e-nämnd – {OneLine(person.Name)}";

    /// <summary>The feed of <paramref name="person"/> as text, with an entity tag that changes only when an event does.</summary>
    public async Task<(string Text, string ETag)> ForAsync(Participant person, CancellationToken cancellationToken)
    {
        var calendar = MeetingInvitation.NewCalendar(Publish);
        calendar.AddProperty("X-WR-CALNAME", Name(person));
        calendar.AddProperty("X-WR-CALDESC", "Sammanträden och svarstider från Norrbottens e-nämnd");
        calendar.AddProperty("X-WR-TIMEZONE", MeetingInvitation.TimeZoneId);
        calendar.AddProperty("X-PUBLISHED-TTL", RefreshInterval);
        var refresh = new CalendarProperty("REFRESH-INTERVAL", RefreshInterval);
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.AddProperty(refresh);
        var all = new List<CalendarEvent>(await events.ForAsync(person, cancellationToken));
        if (CoordinatorCalendarEvents.IsCoordinator(person)) all.AddRange(await coordinatorEvents.ForAsync(cancellationToken));
        foreach (var calendarEvent in all) calendar.Events.Add(calendarEvent);
        var text = MeetingInvitation.Serialize(calendar);
        return (text, ETagOf(text));
    }

    // DTSTAMP is the time of the fetch, so it is left out: the same events give the same tag, and a client that has them gets 304.
    private static string ETagOf(string text)
    {
        var lines = text.Split("\r\n").Where(l => !l.StartsWith("DTSTAMP", StringComparison.Ordinal));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        return $"\"{Convert.ToHexStringLower(hash)[..32]}\"";
    }

    // The name is a property value Ical.Net writes as it stands, so no control character may reach it.
    private static string OneLine(string text) =>
        string.Join(' ', new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
