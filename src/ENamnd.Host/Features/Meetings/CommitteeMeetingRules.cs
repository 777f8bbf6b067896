using ENamnd.Activities;
using ENamnd.Activities.Meetings;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// What a committee meeting allows at each step of its life, decided in one place: its agenda is prepared while it is
/// on, decisions are recorded from its start, the minutes exist from its start and are checked after its end; a
/// cancelled meeting allows none of it. The refusal is Swedish; null when the step is allowed.
/// </summary>
public static class CommitteeMeetingRules
{
    /// <summary>The steps of a meeting's life that have rules.</summary>
    public enum Step
    {
        /// <summary>Adding, moving, changing or removing agenda items.</summary>
        PrepareAgenda,

        /// <summary>Recording the committee's decisions.</summary>
        RecordDecisions,

        /// <summary>Appointing the justerare, at the meeting.</summary>
        AppointJusterare,

        /// <summary>Reading the minutes.</summary>
        ReadMinutes,

        /// <summary>Recording the justering and the anslag of the minutes.</summary>
        CheckMinutes,
    }

    /// <summary>Why <paramref name="step"/> is not allowed for <paramref name="meeting"/> at <paramref name="now"/>, or null.</summary>
    public static string? Refusal(Meeting meeting, DateTimeOffset now, Step step)
    {
        if (meeting.Body != MeetingBody.Namnd) return "Föredragningslista med ärenden, beslut och protokoll finns här för nämndens sammanträden.";
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            return step switch
            {
                Step.PrepareAgenda => "Sammanträdet är inställt; dess föredragningslista kan inte ändras.",
                Step.RecordDecisions => "Sammanträdet är inställt; inga beslut kan registreras för det.",
                Step.AppointJusterare => "Sammanträdet är inställt; inga justerare utses för det.",
                _ => "Sammanträdet är inställt och har inget protokoll.",
            };
        }
        return step switch
        {
            Step.RecordDecisions when now < meeting.StartsAt => $"Sammanträdet har inte börjat; besluten kan registreras från {SwedishDates.DayAndTime(meeting.StartsAt)}.",
            Step.AppointJusterare when now < meeting.StartsAt => $"Justerarna utses vid sammanträdet, från {SwedishDates.DayAndTime(meeting.StartsAt)}.",
            Step.ReadMinutes when now < meeting.StartsAt => $"Sammanträdet har inte börjat; protokollet finns från {SwedishDates.DayAndTime(meeting.StartsAt)}.",
            Step.CheckMinutes when now < meeting.EndsAt => $"Sammanträdet är inte avslutat; protokollet kan justeras efter {SwedishDates.DayAndTime(meeting.EndsAt)}.",
            _ => null,
        };
    }
}
