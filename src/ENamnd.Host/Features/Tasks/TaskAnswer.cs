namespace ENamnd.Host.Features.Tasks;

/// <summary>
/// An answer to a task as a page or API client sends it: the link token, the chosen outcome, a comment, a decision
/// reference and the further fields by name; <paramref name="AwaitsJustering"/> only from the meeting's record of a
/// committee decision (see <see cref="ENamnd.Activities.Tasks.TaskDecision"/>), never from a link, as are
/// <paramref name="MeetingDate"/> and <paramref name="RecordedBy"/> (who recorded it on the recipient's behalf).
/// </summary>
public sealed record TaskAnswer(string? Token, string? Outcome, string? Comment, string? Reference, IReadOnlyDictionary<string, string>? Fields = null,
    bool AwaitsJustering = false, DateOnly? MeetingDate = null, string? RecordedBy = null);
