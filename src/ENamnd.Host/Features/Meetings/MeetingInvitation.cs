using ENamnd.Activities.Email;
using ENamnd.Activities.Meetings;
using ENamnd.Host.Infrastructure.Email;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// The iCalendar invitation of a meeting: one VEVENT with a UID stable per meeting, the meeting's SEQUENCE and
/// Stockholm wall-clock times (TZID=Europe/Stockholm with its VTIMEZONE); METHOD:REQUEST for notices and updates,
/// METHOD:CANCEL with STATUS:CANCELLED for a cancelled meeting. The ORGANIZER is the meeting's contact (the committee's
/// mailbox or its secretary, <see cref="MeetingContacts"/>); only then is an answer asked for (RSVP), and only from a
/// member: a substitute is informed, a cancellation needs no answer, and nobody answers the no-reply sender.
/// The one place of the host's iCalendar: its time zone, UIDs and serialization serve the subscription feeds too.
/// </summary>
public sealed class MeetingInvitation(IOptions<EmailOptions> email, TimeProvider clock)
{
    /// <summary>The time zone id written into the invitation.</summary>
    public const string TimeZoneId = "Europe/Stockholm";

    /// <summary>The iTIP method of a notice or update.</summary>
    public const string Request = "REQUEST";

    /// <summary>The iTIP method of a cancellation.</summary>
    public const string Cancel = "CANCEL";

    // Ical.Net reads the zone's rules from this day up to the machine's clock (and throws for a day after it), so it is
    // a fixed day in the past rather than one near the meeting: the same VTIMEZONE, the rules in force now, for any meeting.
    private static readonly DateTime RulesSince = new(2020, 1, 1);

    /// <summary>The UID of a meeting's event; the same for every notice, update and cancellation.</summary>
    public static string Uid(string meetingId) => $"{meetingId}@enamnd";

    /// <summary>
    /// The invitation to <paramref name="member"/>: a REQUEST, or a CANCEL when the meeting is cancelled, organised by
    /// <paramref name="organizer"/> (null: the sender of the emails, who takes no answers).
    /// </summary>
    public EmailCalendar For(Meeting meeting, MeetingMember member, string summary, string description, MeetingContact? organizer)
    {
        var cancelled = meeting.Status == MeetingStatus.Cancelled;
        var method = cancelled ? Cancel : Request;
        var calendar = NewCalendar(method);
        var options = email.Value;
        var calendarEvent = EventOf(meeting, summary, description);
        calendarEvent.Organizer = organizer is null
            ? new Organizer($"mailto:{options.From}") { CommonName = ParameterText(options.FromName) }
            : new Organizer($"mailto:{organizer.Email}") { CommonName = ParameterText(organizer.Name) };
        calendarEvent.Attendees.Add(new Attendee($"mailto:{member.Email}")
        {
            CommonName = ParameterText(member.Name),
            // A substitute is informed; they take part only when their member cannot.
            Role = member.IsSubstitute ? "OPT-PARTICIPANT" : "REQ-PARTICIPANT",
            ParticipationStatus = "NEEDS-ACTION",
            Rsvp = !cancelled && !member.IsSubstitute && organizer is not null
                && !string.Equals(organizer.Email, member.Email, StringComparison.OrdinalIgnoreCase),
        });
        calendar.Events.Add(calendarEvent);
        return new EmailCalendar(method, Serialize(calendar));
    }

    /// <summary>
    /// A calendar of the host with <paramref name="method"/> and the VTIMEZONE of <see cref="TimeZoneId"/>: every calendar
    /// the host writes (invitations and the subscription feeds) starts here.
    /// </summary>
    public static Calendar NewCalendar(string method)
    {
        var calendar = new Calendar { Method = method, ProductId = "-//Norrbottens e-nämnd//ENamnd//SV" };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZoneId, RulesSince, false));
        return calendar;
    }

    /// <summary>A calendar as text: Ical.Net escapes the values and folds the lines (RFC 5545).</summary>
    public static string Serialize(Calendar calendar) => new CalendarSerializer().SerializeToString(calendar) ?? "";

    /// <summary>
    /// The event of a meeting, the same in an invitation and in a subscription feed: its UID (<see cref="Uid"/>), SEQUENCE,
    /// Stockholm wall-clock times, place and online link, and whether it is cancelled; no organizer or attendees.
    /// </summary>
    public CalendarEvent EventOf(Meeting meeting, string summary, string description)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(meeting.Id),
            Sequence = meeting.Sequence,
            Summary = summary,
            Description = description,
            Location = string.IsNullOrEmpty(meeting.OnlineLink) ? meeting.Location : $"{meeting.Location} ({meeting.OnlineLink})",
            DtStart = new CalDateTime(meeting.Date, meeting.Start, TimeZoneId),
            DtEnd = new CalDateTime(meeting.Date, meeting.End, TimeZoneId),
            DtStamp = new CalDateTime(clock.GetUtcNow().UtcDateTime, true),
            Status = meeting.Status == MeetingStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (!string.IsNullOrEmpty(meeting.OnlineLink) && Uri.TryCreate(meeting.OnlineLink, UriKind.Absolute, out var link)) calendarEvent.Url = link;
        return calendarEvent;
    }

    // A name in a parameter (CN=…) is written as it stands, so a line break in it would start a line of its own (another
    // ATTENDEE, say). Control characters and the characters that end a parameter (" ; : ,) become spaces.
    private static string ParameterText(string? text) =>
        string.Join(' ', new string([.. (text ?? "").Select(c => char.IsControl(c) || c is '"' or ';' or ':' or ',' ? ' ' : c)])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
