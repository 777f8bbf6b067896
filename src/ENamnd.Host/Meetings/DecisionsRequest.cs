namespace ENamnd.Host.Meetings;

/// <summary>The body of <c>POST /api/meetings/{id}/decisions</c>: the committee's decisions on matters of the meeting's agenda.</summary>
public sealed record DecisionsRequest(IReadOnlyList<DecisionRequest>? Decisions);

/// <summary>One decision: the agenda item, the outcome (Approved, Rejected, Tabled or ReturnedForRevision), the paragraph ("§ 12") and a note.</summary>
public sealed record DecisionRequest(string? AgendaItemId, string? Outcome, string? Paragraph, string? Note = null);
