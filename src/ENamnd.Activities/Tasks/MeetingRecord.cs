namespace ENamnd.Activities.Tasks;

/// <summary>
/// A committee decision as recorded for its meeting: the meeting's day, whether the paragraph was declared omedelbart
/// justerad, and the day the minutes were justerade if they already were. Such a decision is in force at once when
/// immediate or already justerad, else from the justering (<see cref="AwaitsJustering"/>). <c>MeetingId</c> names the
/// meeting when it is known (null in records made before it was kept).
/// </summary>
public sealed record MeetingRecord(DateOnly MeetingDate, bool Immediate = false, DateOnly? JusteradOn = null, string? MeetingId = null)
{
    /// <summary>Whether the decision waits for the minutes to be justerade before it is in force.</summary>
    public bool AwaitsJustering => !Immediate && JusteradOn is null;

    /// <summary>The day the decision may be carried out, when that is known now.</summary>
    public DateOnly? InForceOn => Immediate ? MeetingDate : JusteradOn;
}
