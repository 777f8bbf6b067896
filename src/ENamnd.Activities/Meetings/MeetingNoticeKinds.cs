namespace ENamnd.Activities.Meetings;

/// <summary>The ledger kinds and idempotency keys of meeting emails; one key per meeting, occasion and recipient.</summary>
public static class MeetingNoticeKinds
{
    /// <summary>Notice (kallelse) with agenda and invitation; a new one for every SEQUENCE.</summary>
    public const string Notice = "meeting-notice";

    /// <summary>The reminder the day before.</summary>
    public const string Reminder = "meeting-reminder";

    /// <summary>The cancellation with a CANCEL invitation.</summary>
    public const string Cancel = "meeting-cancel";

    /// <summary>The secretary's reminder to record the decisions.</summary>
    public const string DecisionsReminder = "meeting-decisions-reminder";

    /// <summary>The reminder to check the minutes (justering).</summary>
    public const string JusteringReminder = "meeting-justering-reminder";

    /// <summary>The ledger subject of everything sent about a meeting.</summary>
    public static string Subject(string meetingId) => $"meeting:{meetingId}";

    /// <summary><c>meeting-notice:{id}:seq{n}:</c> — followed by the participant id.</summary>
    public static string NoticePrefix(string meetingId, int sequence) => $"{Notice}:{meetingId}:seq{sequence}:";

    /// <summary><c>meeting-reminder:{id}:{date}:</c> — followed by the participant id.</summary>
    public static string ReminderPrefix(string meetingId, DateOnly date) => $"{Reminder}:{meetingId}:{MeetingTimes.Iso(date)}:";

    /// <summary><c>{kind}:{id}:</c> — followed by the participant id.</summary>
    public static string Prefix(string kind, string meetingId) => $"{kind}:{meetingId}:";
}
