using ENamnd.Activities;
using ENamnd.Activities.Meetings;

namespace ENamnd.Host.Features.Cases;

/// <summary>Where a committee decision of a case stands: its meeting, when it is in force, the time to appeal, legal force, an appeal.</summary>
public sealed record CaseCommitteeDecisionView(DateOnly MeetingDate, DateOnly? InForceAt, DateOnly? AppealEndsAt, DateOnly? LagaKraftAt, AgendaAppeal? Appeal)
{
    /// <summary>The standing in Swedish, as the case page shows it on <paramref name="today"/>.</summary>
    public string Text(DateOnly today) => this switch
    {
        { Appeal: { Outcome: null } appeal } => $"Överklagat {SwedishDates.Day(appeal.RegisteredOn)}",
        { Appeal: { Outcome: { } outcome, DecidedOn: var on } } => $"Överklagandet {AppealTexts.Of(outcome)}{(on is { } day ? $" {SwedishDates.Day(day)}" : "")}",
        { LagaKraftAt: { } lagaKraft } when lagaKraft <= today => $"Laga kraft {SwedishDates.Day(lagaKraft)}",
        { AppealEndsAt: { } appealEnds } => $"I kraft; kan överklagas till och med {SwedishDates.Day(appealEnds)}",
        { InForceAt: { } inForce } => $"I kraft {SwedishDates.Day(inForce)}; anslaget är inte uppsatt",
        _ => "Väntar på justering",
    };
}
