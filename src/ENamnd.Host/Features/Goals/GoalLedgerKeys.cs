using ENamnd.Activities.Goals;
using ENamnd.Persistence.Ledger;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Goals;

/// <summary>
/// The ledger keys of a plan's tertial follow-up, one per step of a round, each about its plan (<see cref="Subject"/>):
/// <c>{kind}:{tertial}:{planId}</c>, e.g. <c>tertial-report:2022-T1:{planId}</c>.
/// </summary>
public static class GoalLedgerKeys
{
    /// <summary>The kind of a created follow-up round.</summary>
    public const string FollowUpKind = "tertial-follow-up";

    /// <summary>The kind of a compiled report.</summary>
    public const string ReportKind = "tertial-report";

    /// <summary>The kind of a report put on a committee agenda.</summary>
    public const string AgendaKind = "tertial-agenda";

    /// <summary>The kind of the email telling the coordinator about the report.</summary>
    public const string ReportMailKind = "tertial-report-mail";

    /// <summary>The ledger subject of a plan.</summary>
    public static string Subject(string planId) => $"plan:{planId}";

    /// <summary>The follow-up of a plan's tertial, created once.</summary>
    public static LedgerKey FollowUp(string planId, Tertial tertial) => Of(FollowUpKind, planId, tertial);

    /// <summary>The compiled report of a round.</summary>
    public static LedgerKey Report(TertialFollowUpRow round) => Of(ReportKind, round);

    /// <summary>The round's report on the agenda of the next committee meeting.</summary>
    public static LedgerKey Agenda(TertialFollowUpRow round) => Of(AgendaKind, round);

    /// <summary>The email telling the coordinator the round's report is ready.</summary>
    public static LedgerKey ReportMail(TertialFollowUpRow round) => Of(ReportMailKind, round);

    private static LedgerKey Of(string kind, TertialFollowUpRow round) => Of(kind, round.PlanId, new Tertial(round.Year, round.Tertial));

    private static LedgerKey Of(string kind, string planId, Tertial tertial) => new(kind, Subject(planId), $"{tertial.Id}:{planId}");
}
