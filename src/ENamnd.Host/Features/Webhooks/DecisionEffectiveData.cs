namespace ENamnd.Host.Features.Webhooks;

/// <summary>The data of <c>decision.effective</c>: a committee decision that may now be carried out (verkställas).</summary>
/// <param name="CaseNumber">The case the matter belongs to.</param>
/// <param name="Matter">The matter's title on the agenda.</param>
/// <param name="Paragraph">The paragraph in the minutes, e.g. <c>§ 12</c>.</param>
/// <param name="Outcome"><c>Approved</c> (bifall) or <c>Rejected</c> (avslag).</param>
/// <param name="DecisionText">The secretary's note with the decision (its wording), if any.</param>
/// <param name="MeetingId">The meeting's id, when recorded for a meeting.</param>
/// <param name="MeetingDate">The meeting's day.</param>
/// <param name="Immediate">Whether the paragraph was declared omedelbart justerad.</param>
/// <param name="JusteradOn">The day the minutes were justerade.</param>
/// <param name="EffectiveOn">The day from which the decision may be carried out.</param>
public sealed record DecisionEffectiveData(
    string? CaseNumber, string Matter, string? Paragraph, string Outcome, string? DecisionText,
    string? MeetingId, DateOnly? MeetingDate, bool Immediate, DateOnly? JusteradOn, DateOnly EffectiveOn);
