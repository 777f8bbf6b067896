using ENamnd.Activities.Meetings;
using ENamnd.Persistence.Ledger;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// The ledger kinds and keys of meeting emails: one key per meeting, occasion and recipient, each about its meeting
/// (<see cref="Subject"/>); every key ends with the participant id.
/// </summary>
public static class MeetingLedgerKeys
{
    /// <summary>Notice (kallelse) with agenda and invitation; a new one for every SEQUENCE.</summary>
    public const string NoticeKind = "meeting-notice";

    /// <summary>The supplementary notice (tilläggskallelse) of matters added after the notice.</summary>
    public const string SupplementKind = "meeting-supplement";

    /// <summary>The reminder the day before.</summary>
    public const string ReminderKind = "meeting-reminder";

    /// <summary>The cancellation with a CANCEL invitation.</summary>
    public const string CancelKind = "meeting-cancel";

    /// <summary>The secretary's reminder to record the decisions.</summary>
    public const string DecisionsReminderKind = "meeting-decisions-reminder";

    /// <summary>The secretary's reminder that the minutes wait for something before they can go for justering.</summary>
    public const string JusteringReminderKind = "meeting-justering-reminder";

    /// <summary>The secretary's reminder to post the notice of justering (anslag).</summary>
    public const string AnslagReminderKind = "meeting-anslag-reminder";

    // The separator of a notice's sequence; what follows it, after the next ':', is the participant id.
    private const string SequenceMark = ":seq";

    /// <summary>The ledger subject of everything sent about a meeting.</summary>
    public static string Subject(string meetingId) => $"meeting:{meetingId}";

    /// <summary>The notice of a meeting's <paramref name="sequence"/>: <c>meeting-notice:{id}:seq{n}:{participantId}</c>.</summary>
    public static LedgerKey Notice(string meetingId, int sequence, string participantId) =>
        new(NoticeKind, Subject(meetingId), $"{meetingId}{SequenceMark}{sequence}:{participantId}");

    /// <summary>The reminder before the meeting on <paramref name="date"/>: <c>meeting-reminder:{id}:2022-03-01:{participantId}</c>.</summary>
    public static LedgerKey Reminder(string meetingId, DateOnly date, string participantId) =>
        new(ReminderKind, Subject(meetingId), $"{meetingId}:{MeetingTimes.Iso(date)}:{participantId}");

    /// <summary>
    /// The supplementary notice of the matters added up to <paramref name="newestItemId"/>:
    /// <c>meeting-supplement:{id}:{itemId}:{participantId}</c>.
    /// </summary>
    public static LedgerKey Supplement(string meetingId, string newestItemId, string participantId) =>
        new(SupplementKind, Subject(meetingId), $"{meetingId}:{newestItemId}:{participantId}");

    /// <summary>The cancellation: <c>meeting-cancel:{id}:{participantId}</c>.</summary>
    public static LedgerKey Cancel(string meetingId, string participantId) => OfMeeting(CancelKind, meetingId, participantId);

    /// <summary>The reminder to record the decisions: <c>meeting-decisions-reminder:{id}:{participantId}</c>.</summary>
    public static LedgerKey DecisionsReminder(string meetingId, string participantId) => OfMeeting(DecisionsReminderKind, meetingId, participantId);

    /// <summary>The secretary's reminder that the minutes wait: <c>meeting-justering-reminder:{id}:{participantId}</c>.</summary>
    public static LedgerKey JusteringReminder(string meetingId, string participantId) => OfMeeting(JusteringReminderKind, meetingId, participantId);

    /// <summary>The reminder to post the anslag: <c>meeting-anslag-reminder:{id}:{participantId}</c>.</summary>
    public static LedgerKey AnslagReminder(string meetingId, string participantId) => OfMeeting(AnslagReminderKind, meetingId, participantId);

    /// <summary>
    /// The participant a recorded notice went to. The ledger keeps only the key's string, so this reads back what
    /// <see cref="Notice"/> wrote: the part after the sequence.
    /// </summary>
    public static string NoticedParticipant(SentNotificationRow notice)
    {
        var sequence = notice.Key[(notice.Key.IndexOf(SequenceMark, StringComparison.Ordinal) + 1)..];
        return sequence[(sequence.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }

    private static LedgerKey OfMeeting(string kind, string meetingId, string participantId) => new(kind, Subject(meetingId), $"{meetingId}:{participantId}");
}
