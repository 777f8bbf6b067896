namespace ENamnd.Activities.Meetings;

/// <summary>
/// The record (<see cref="RecordKind"/>) a justering writes when the chair and every justerare have checked the minutes:
/// the meeting, the day, and who signed.
/// </summary>
public sealed record MinutesChecked
{
    /// <summary>The record kind.</summary>
    public const string RecordKind = "meeting.justerad";

    /// <summary>The meeting whose minutes were checked.</summary>
    public required string MeetingId { get; init; }

    /// <summary>The Stockholm day the last signature came in: the day of justering.</summary>
    public required DateOnly CheckedOn { get; init; }

    /// <summary>Who signed, in the order they answered.</summary>
    public IReadOnlyList<MinutesSignature> Signatures { get; init; } = [];
}
