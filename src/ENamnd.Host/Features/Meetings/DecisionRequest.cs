namespace ENamnd.Host.Features.Meetings;

/// <summary>One decision: the agenda item, the outcome (Approved, Rejected, Tabled or ReturnedForRevision), the paragraph ("§ 12") and a note.</summary>
public sealed record DecisionRequest(string? AgendaItemId, string? Outcome, string? Paragraph, string? Note = null);
