namespace ENamnd.Host.Features.Meetings;

/// <summary>The body of <c>POST /api/meetings/{id}/decisions</c>: the committee's decisions on matters of the meeting's agenda.</summary>
public sealed record DecisionsRequest(IReadOnlyList<DecisionRequest>? Decisions);
