using ENamnd.Engine.Expressions;

namespace ENamnd.Activities.Meetings;

/// <summary>
/// The dates a committee decision goes through (kommunallagen 2017:725): it is in force (verkställbar) when the minutes
/// are checked (justerade), or at once when the paragraph was declared omedelbart justerad; the notice of justering is
/// posted on the notice board no later than the second day after justering; an appeal must arrive within three weeks
/// of the posting day (a last day on a weekend or holiday moves to the next working day); the day after, a decision
/// nobody appealed has legal force (vinner laga kraft). A decision under appeal gains no such date here: the court's
/// judgment decides.
/// </summary>
public static class DecisionDates
{
    /// <summary>Where the notice of justering is posted: the host municipality's official notice board.</summary>
    public const string NoticeBoard = "värdkommunens (Luleå kommuns) anslagstavla";

    /// <summary>The days after justering within which the notice is to be posted.</summary>
    public const int AnslagWithinDays = 2;

    /// <summary>The length of the time to appeal, in days from the posting day.</summary>
    public const int AppealDays = 21;

    /// <summary>The decision with its dates from the meeting's justering and anslag.</summary>
    public static AgendaDecision Of(AgendaDecision decision, Meeting meeting)
    {
        var effective = decision.Immediate ? StockholmTime.DateOf(decision.DecidedAt) : meeting.JusteradOn;
        var appealEnds = AppealEnds(meeting.AnslagPostedOn);
        return decision with
        {
            EffectiveAt = effective,
            AnslagPostedAt = meeting.AnslagPostedOn,
            AppealEndsAt = appealEnds,
            LagaKraftAt = decision.Appeal is null ? appealEnds?.AddDays(1) : null,
        };
    }

    /// <summary>The last day to appeal a decision whose notice was posted on <paramref name="postedOn"/>.</summary>
    public static DateOnly? AppealEnds(DateOnly? postedOn) =>
        postedOn is { } posted ? SwedishWorkingDays.OnOrAfter(posted.AddDays(AppealDays)) : null;
}
