namespace ENamnd.Activities.Meetings;

/// <summary>The committee's decision on an agenda item.</summary>
public sealed record AgendaDecision(string Outcome, string? Paragraph, string? Note, DateTimeOffset DecidedAt);
