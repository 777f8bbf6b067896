namespace ENamnd.Activities.Meetings;

/// <summary>An appeal of a committee decision: when it was registered, by whom, and the court's outcome once decided.</summary>
public sealed record AgendaAppeal(DateOnly RegisteredOn, string? By, AppealOutcome? Outcome, DateOnly? DecidedOn);
