using ENamnd.Activities.Approvals;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Goals;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.Tasks;

namespace ENamnd.Activities;

/// <summary>
/// What an answer or an activity's outcome came to, as a Swedish reader expects it in a list of decisions or events
/// ("Godkänt", "Deltar inte", "Bordlagt") rather than the stored code ("Approved", "Decline", "Tabled"). The one place
/// that says so; a code it does not know is shown as it is.
/// </summary>
public static class OutcomeTexts
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        [ApprovalOutcomes.Approved] = "Godkänt",
        [ApprovalOutcomes.Rejected] = "Avslaget",
        [ApprovalOutcomes.Returned] = "Återremitterat",
        [ApprovalOutcomes.TimedOut] = "Inget svar i tid",
        [AwaitCommitteeDecision.Tabled] = "Bordlagt",
        [AwaitCommitteeDecision.ReturnedForRevision] = "Återremitterat",
        [CollectMunicipalDecisions.Join] = "Deltar",
        [CollectMunicipalDecisions.Decline] = "Deltar inte",
        [CollectMunicipalDecisions.Enough] = "Tillräckligt många deltar",
        [CollectMunicipalDecisions.NotEnough] = "För få deltar",
        [CollectGuaranteeCommitments.Commit] = "Åtar sig sin andel",
        [CollectGuaranteeCommitments.Withdraw] = "Avstår",
        [CollectGuaranteeCommitments.AllCommitted] = "Alla har åtagit sig sin andel",
        [CollectGuaranteeCommitments.Incomplete] = "Inte alla har åtagit sig sin andel",
        [AssignTask.Done] = "Klart",
        [DecideContractEnd.Extend] = "Förlängs",
        [DecideContractEnd.NewProject] = "Nytt projekt",
        [DecideContractEnd.LetExpire] = "Avtalet får löpa ut",
        [RequestGoalFollowUp.DeadlinePassed] = "Svarstiden gick ut",
        [FollowUpStatuses.Met] = "Uppfyllt",
        [FollowUpStatuses.PartlyMet] = "Delvis uppfyllt",
        [FollowUpStatuses.NotMet] = "Ej uppfyllt",
        [InformationItems.Noted] = "Lades till handlingarna",
        [CheckMinutes.Checked] = "Justerat",
        [RequestGoalFollowUp.AllAnswered] = "Alla har svarat",
        ["True"] = "Ja",
        ["False"] = "Nej",
    };

    /// <summary>The Swedish text of an outcome; a committee's decision reads as the committee words it ("Bifall", "Avslag").</summary>
    public static string Of(string outcome, string? taskKind = null)
    {
        if (taskKind == AwaitCommitteeDecision.TaskKind && TaskChoices.Match(AwaitCommitteeDecision.Choices, outcome) is { } committee) return committee.Label;
        return Texts.GetValueOrDefault(outcome, outcome);
    }
}
