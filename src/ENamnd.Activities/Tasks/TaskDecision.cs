namespace ENamnd.Activities.Tasks;

/// <summary>
/// A participant's answer to a task: the resume input of its bookmark; <paramref name="Fields"/> holds the task's further
/// fields by name. <paramref name="AwaitsJustering"/> marks a committee decision recorded for its meeting that is in force
/// only once the minutes are checked (justerade); <paramref name="MeetingDate"/> is the meeting it was recorded for.
/// </summary>
public sealed record TaskDecision(string TaskId, string Outcome, string? Comment, string? Reference, string DecidedBy, string Channel,
    IReadOnlyDictionary<string, string>? Fields = null, bool AwaitsJustering = false, DateOnly? MeetingDate = null);
