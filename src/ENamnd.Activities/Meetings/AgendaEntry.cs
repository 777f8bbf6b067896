namespace ENamnd.Activities.Meetings;

/// <summary>One line of a meeting's agenda (föredragningslista): a matter from a workflow, or a fixed item of the year.</summary>
/// <param name="Id">The agenda item's id; fixed items have <c>arshjul:…</c> ids.</param>
/// <param name="Title">The title as shown.</param>
/// <param name="CaseNumber">The case number (ärendenummer), if any.</param>
/// <param name="Fixed">True for an item of the year (årshjul) rather than a matter.</param>
/// <param name="Decision">The decision recorded, if any.</param>
/// <param name="Kind">A matter to decide, or information to take note of.</param>
/// <param name="AddedByCoordinator">True for an item the coordinator added by hand (it can be changed and removed until decided).</param>
public sealed record AgendaEntry(string Id, string Title, string? CaseNumber, bool Fixed, AgendaDecision? Decision,
    AgendaItemKind Kind = AgendaItemKind.Beslut, bool AddedByCoordinator = false);
