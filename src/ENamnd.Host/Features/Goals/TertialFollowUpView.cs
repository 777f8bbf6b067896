namespace ENamnd.Host.Features.Goals;

/// <summary>
/// Where a tertial's follow-up stands: <c>NotStarted</c>, <c>Open</c> (waiting for answers) or <c>Compiled</c>,
/// with the answers so far, the deadline, the report's addresses and the committee meeting it is on the agenda of.
/// </summary>
public sealed record TertialFollowUpView(string Tertial, string Period, string Status, int Answered, int Total,
    DateTimeOffset? StartedAt, DateTimeOffset? DueAt, DateTimeOffset? CompiledAt, DateTimeOffset? MeetingDate, string? ReportUrl, string? DocumentUrl);
