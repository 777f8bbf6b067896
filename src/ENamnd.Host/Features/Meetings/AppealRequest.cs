namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// The body of <c>POST /api/meetings/{id}/agenda/{itemId}/appeal</c> (the day registered and who appealed) and of
/// <c>PUT</c> on it (the court's outcome, Avslaget, Bifallet, Avvisat or Aterkallat, and its day).
/// </summary>
public sealed record AppealRequest(string? RegisteredAt = null, string? By = null, string? Outcome = null, string? DecidedAt = null);
