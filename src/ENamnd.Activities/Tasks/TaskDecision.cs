namespace ENamnd.Activities.Tasks;

/// <summary>
/// A participant's answer to a task: the resume input of its bookmark; <paramref name="Fields"/> holds the task's further
/// fields by name. <paramref name="Meeting"/> is set for a committee decision recorded for its meeting (see <see cref="MeetingRecord"/>).
/// </summary>
public sealed record TaskDecision(string TaskId, string Outcome, string? Comment, string? Reference, string DecidedBy, string Channel,
    IReadOnlyDictionary<string, string>? Fields = null, MeetingRecord? Meeting = null);
