namespace ENamnd.Activities.Meetings;

/// <summary>
/// The committee's decision on an agenda item, with when it is in force (<paramref name="EffectiveAt"/>: at justering,
/// or at once when <paramref name="Immediate"/>), when the notice of justering was posted, when the time to appeal ends
/// and when the decision gains legal force (laga kraft) if nobody appealed (<paramref name="Appeal"/>); see <see cref="DecisionDates"/>.
/// <paramref name="Presenter"/> is the föredragande and <paramref name="Reservations"/> the members who reserved themselves
/// against the decision (participant ids).
/// </summary>
public sealed record AgendaDecision(
    string Outcome, string? Paragraph, string? Note, DateTimeOffset DecidedAt, bool Immediate = false,
    DateOnly? EffectiveAt = null, DateOnly? AnslagPostedAt = null, DateOnly? AppealEndsAt = null, DateOnly? LagaKraftAt = null,
    AgendaAppeal? Appeal = null, string? Presenter = null, IReadOnlyList<string>? Reservations = null);
