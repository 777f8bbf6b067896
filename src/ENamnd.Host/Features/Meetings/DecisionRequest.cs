namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// One decision: the agenda item, the outcome (Approved, Rejected, Tabled or ReturnedForRevision; Noted for information),
/// the paragraph ("§ 12"), a note, and whether the paragraph was declared immediately checked (omedelbart justerad).
/// </summary>
public sealed record DecisionRequest(string? AgendaItemId, string? Outcome, string? Paragraph, string? Note = null, bool Immediate = false);
