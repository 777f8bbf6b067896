using System.Text;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;

namespace ENamnd.Activities.Meetings;

/// <summary>The Swedish texts of meeting emails: notice (kallelse), update, reminder, cancellation and the secretary's reminders.</summary>
public sealed class MeetingTexts(MunicipalityRegistry municipalities)
{
    /// <summary>"Nämndens sammanträde onsdag 16 mars 2022 kl. 13.00".</summary>
    public static string Title(Meeting meeting) =>
        $"{Capitalised(MeetingBodies.Swedish(meeting.Body))}s sammanträde {SwedishDates.DayWithWeekday(meeting.Date)} kl. {Clock(meeting.Start)}";

    /// <summary>The subject of a notice; an update after an earlier notice says so.</summary>
    public static string NoticeSubject(Meeting meeting, bool update) => $"{(update ? "Ändrad kallelse" : "Kallelse")}: {Title(meeting)}";

    /// <summary>
    /// The body of a notice (also the invitation's description): who is called and as what, time and place, the agenda,
    /// and whom to report förhinder to (<paramref name="contact"/>; null: the secretary, unnamed).
    /// </summary>
    public string NoticeBody(Meeting meeting, MeetingMember member, IReadOnlyList<AgendaEntry> agenda, bool update, MeetingContact? contact)
    {
        var text = new StringBuilder($"Hej {member.Name}!\n\n");
        if (update) text.Append("Tid eller plats för sammanträdet har ändrats. Den nya kallelsen ersätter den tidigare.\n\n");
        text.Append(member.IsSubstitute
            ? $"Du får kallelsen som ersättare{For(member)}, för kännedom. Du tjänstgör om ledamoten har förhinder.\n\n"
            : $"Du kallas till {MeetingBodies.Swedish(meeting.Body)}s sammanträde{As(meeting, member)}.\n\n");
        AppendWhenAndWhere(text, meeting);
        text.Append(agenda.Count == 0 ? "\nFöredragningslistan skickas separat.\n" : "\nFöredragningslista:\n");
        for (var i = 0; i < agenda.Count; i++)
            text.Append($"{i + 1}. {agenda[i].Title}{CaseNumbers.Suffix(agenda[i].CaseNumber)}\n");
        AppendHindrance(text, meeting, member, contact);
        text.Append("\nEn kalenderinbjudan finns i meddelandet.\n");
        return text.ToString();
    }

    /// <summary>"Anmäl förhinder till Eva Ek (eva.ek@example.org)."; nothing for the contact themself.</summary>
    public static string Hindrance(Meeting meeting, MeetingMember member, MeetingContact? contact)
    {
        if (contact is null) return $"Anmäl förhinder till {(meeting.Body == MeetingBody.Namnd ? "nämndens sekreterare" : "e-samordnaren")}.";
        return string.Equals(contact.Email, member.Email, StringComparison.OrdinalIgnoreCase) ? "" : $"Anmäl förhinder till {contact}.";
    }

    /// <summary>The subject of a supplementary notice (tilläggskallelse).</summary>
    public static string SupplementSubject(Meeting meeting) => $"Tilläggskallelse: {Title(meeting)}";

    /// <summary>The body of a supplementary notice: the matters added since the notice, then the whole agenda.</summary>
    public string SupplementBody(Meeting meeting, MeetingMember member, IReadOnlyList<AgendaEntry> added, IReadOnlyList<AgendaEntry> agenda, MeetingContact? contact)
    {
        var text = new StringBuilder($"Hej {member.Name}!\n\n");
        text.Append(added.Count == 1 ? "Ett ärende har lagts till" : $"{added.Count} ärenden har lagts till")
            .Append($" på föredragningslistan till {MeetingBodies.Swedish(meeting.Body)}s sammanträde efter kallelsen:\n\n");
        foreach (var entry in added) text.Append($"- {entry.Title}{CaseNumbers.Suffix(entry.CaseNumber)}\n");
        text.Append('\n');
        AppendWhenAndWhere(text, meeting);
        text.Append("\nFöredragningslista:\n");
        for (var i = 0; i < agenda.Count; i++)
            text.Append($"{i + 1}. {agenda[i].Title}{CaseNumbers.Suffix(agenda[i].CaseNumber)}\n");
        AppendHindrance(text, meeting, member, contact);
        text.Append("\nKalenderinbjudan i meddelandet är uppdaterad med den nya föredragningslistan.\n");
        return text.ToString();
    }

    /// <summary>The reminder the day before (or on the day), with whom to report förhinder to.</summary>
    public static (string Subject, string Body) Reminder(Meeting meeting, MeetingMember member, DateOnly today, MeetingContact? contact)
    {
        var when = today == meeting.Date ? "i dag" : "i morgon";
        var text = new StringBuilder($"Hej {member.Name}!\n\nPåminnelse: {MeetingBodies.Swedish(meeting.Body)} sammanträder {when}.\n\n");
        AppendWhenAndWhere(text, meeting);
        AppendHindrance(text, meeting, member, contact);
        return ($"Påminnelse: {Title(meeting)}", text.ToString());
    }

    /// <summary>The cancellation.</summary>
    public static (string Subject, string Body) Cancellation(Meeting meeting, MeetingMember member)
    {
        var text = new StringBuilder($"Hej {member.Name}!\n\n{Capitalised(MeetingBodies.Swedish(meeting.Body))}s sammanträde "
            + $"{SwedishDates.DayWithWeekday(meeting.Date)} kl. {Clock(meeting.Start)}–{Clock(meeting.End)} är inställt.\n");
        if (!string.IsNullOrEmpty(meeting.CancelReason)) text.Append($"\nAnledning: {meeting.CancelReason}\n");
        return ($"Inställt: {Title(meeting)}", text.ToString());
    }

    /// <summary>The secretary's reminder to record the decisions of the matters still open.</summary>
    public static (string Subject, string Body) RecordDecisions(Meeting meeting, MeetingMember member, IReadOnlyList<AgendaEntry> open, DateOnly deadline)
    {
        var text = new StringBuilder($"Hej {member.Name}!\n\nRegistrera nämndens beslut med paragraf (§) för ärendena från sammanträdet "
            + $"{SwedishDates.DayWithWeekday(meeting.Date)}, senast {SwedishDates.DayWithWeekday(deadline)}:\n\n");
        foreach (var entry in open) text.Append($"- {entry.Title}{CaseNumbers.Suffix(entry.CaseNumber)}\n");
        return ($"Registrera besluten: {Title(meeting)}", text.ToString());
    }

    /// <summary>The secretary's reminder that the minutes cannot yet go to the chair and the justerare, and why.</summary>
    public static (string Subject, string Body) JusteringWaits(Meeting meeting, MeetingMember member, DateOnly deadline, IReadOnlyList<string> missing) =>
        ($"Protokollet väntar: {Title(meeting)}",
            $"Hej {member.Name}!\n\nProtokollet från {MeetingBodies.Swedish(meeting.Body)}s sammanträde {SwedishDates.DayWithWeekday(meeting.Date)} "
            + $"ska vara justerat senast {SwedishDates.DayWithWeekday(deadline)}. Det skickas till ordföranden och justerarna så snart följande är klart:\n\n"
            + string.Concat(missing.Select(m => $"- {m}\n"))
            + "\nBesluten börjar gälla först när protokollet är justerat.\n");

    /// <summary>The secretary's reminder to post the notice of justering (anslag) by its last day.</summary>
    public static (string Subject, string Body) AnslagDue(Meeting meeting, MeetingMember member, DateOnly justerad) =>
        ($"Sätt upp anslaget: {Title(meeting)}",
            $"Hej {member.Name}!\n\nProtokollet från {MeetingBodies.Swedish(meeting.Body)}s sammanträde {SwedishDates.DayWithWeekday(meeting.Date)} "
            + $"justerades {SwedishDates.DayWithWeekday(justerad)}. Tillkännagivandet om justeringen ska sättas upp på {DecisionDates.NoticeBoard} "
            + $"senast {SwedishDates.DayWithWeekday(justerad.AddDays(DecisionDates.AnslagWithinDays))} och sitta uppe i minst tre veckor.\n\n"
            + "Registrera dagen då anslaget sattes upp, så räknas tiden för överklagande och dagen då besluten vinner laga kraft ut.\n");

    private string For(MeetingMember member) =>
        member.MunicipalityCode is { } code && municipalities.Find(code) is { } municipality ? $" för {municipality.OfficialName}" : "";

    // The e-samordnare presents the committee's matters (föredragande).
    private static string As(Meeting meeting, MeetingMember member) =>
        meeting.Body == MeetingBody.Namnd && member.Role == Role.Esamordnare ? " som föredragande" : "";

    private static void AppendHindrance(StringBuilder text, Meeting meeting, MeetingMember member, MeetingContact? contact)
    {
        var line = Hindrance(meeting, member, contact);
        if (line.Length > 0) text.Append('\n').Append(line).Append('\n');
    }

    private static void AppendWhenAndWhere(StringBuilder text, Meeting meeting)
    {
        text.Append($"Datum: {SwedishDates.DayWithWeekday(meeting.Date)}\n");
        text.Append($"Tid: {Clock(meeting.Start)}–{Clock(meeting.End)}\n");
        text.Append($"Plats: {meeting.Location}\n");
        if (!string.IsNullOrEmpty(meeting.OnlineLink)) text.Append($"Länk: {meeting.OnlineLink}\n");
    }

    private static string Clock(TimeOnly time) => time.ToString("HH.mm", System.Globalization.CultureInfo.InvariantCulture);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
