namespace ENamnd.ElsaConformance.Manifest;

/// <summary>How many journal records of one activity and event the main instance must have (e.g. a join completed once).</summary>
public sealed record JournalCount(string ActivityId, string EventName, int Count);
