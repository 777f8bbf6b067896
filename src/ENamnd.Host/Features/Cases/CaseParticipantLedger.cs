using ENamnd.Activities;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Municipalities;
using ENamnd.Engine.Runtime;
using ENamnd.Workflows.Process;

namespace ENamnd.Host.Features.Cases;

/// <summary>One change in who takes part in a case: the municipality, what changed, in which phase and round, and the decision behind it.</summary>
public sealed record CaseParticipantChange(string Municipality, string Change, string Phase, string Round, string? Reference, string? By, DateTimeOffset At);

/// <summary>
/// The ledger of a case's municipalities (domain: "Participants of a case"): the initiators, then every answer that
/// changed who takes part (joined, declined, withdrew) and every municipality that joined later with its buy-in,
/// in time order. It is read from the case, its answers and its late joins; nothing is kept twice.
/// </summary>
public static class CaseParticipantLedger
{
    /// <summary>The change texts.</summary>
    public static class Changes
    {
        /// <summary>An initiating municipality.</summary>
        public const string Initiated = "Initierade ärendet";

        /// <summary>Joined in a round.</summary>
        public const string Joined = "Anslöt";

        /// <summary>Declined in a round, without having taken part.</summary>
        public const string Declined = "Avböjde";

        /// <summary>Declined or did not commit after having taken part.</summary>
        public const string Withdrew = "Drog sig ur";

        /// <summary>Joined the running case later.</summary>
        public const string JoinedLater = "Anslöt senare";
    }

    /// <summary>The ledger of a case from its row's facts, its decisions and its instances (the late joins among them).</summary>
    public static IReadOnlyList<CaseParticipantChange> Of(
        IReadOnlyList<CaseMunicipality> initiators, DateTimeOffset createdAt, IReadOnlyList<CaseDecisionView> decisions,
        IEnumerable<WorkflowInstance> instances, MunicipalityRegistry municipalities)
    {
        var events = new List<(DateTimeOffset At, string Municipality, Func<bool, (string Change, bool TakesPart)?> Apply, string Phase, string Round, string? Reference, string? By)>();
        foreach (var initiator in initiators)
            events.Add((createdAt, initiator.Name, _ => (Changes.Initiated, true), "", "Ärendet startades", null, null));
        foreach (var decision in decisions.Where(d => d.Municipality is not null))
        {
            var joins = decision.Outcome is CollectMunicipalDecisions.Join or CollectGuaranteeCommitments.Commit;
            var declines = decision.Outcome is CollectMunicipalDecisions.Decline or CollectGuaranteeCommitments.Withdraw;
            if (!joins && !declines) continue;
            events.Add((decision.DecidedAt, decision.Municipality!, took => joins
                    ? took ? null : (Changes.Joined, true)
                    : (took ? Changes.Withdrew : Changes.Declined, false),
                decision.Phase, RoundOf(decision.Title), decision.Reference, decision.DecidedBy));
        }
        foreach (var join in instances.Where(i => i.DefinitionId == LateJoinWorkflow.Id))
        {
            var code = (string?)join.Input[LateJoinWorkflow.Inputs.Municipality] ?? "";
            var buyIn = (decimal?)join.Input[LateJoinWorkflow.Inputs.BuyIn] ?? 0;
            events.Add((join.CreatedAt, municipalities.Find(code)?.Name ?? code, _ => (Changes.JoinedLater, true), (string?)join.Input[LateJoinWorkflow.Inputs.Phase] ?? "",
                buyIn > 0 ? $"Inköp {SwedishNumbers.Kronor(buyIn)}" : "Utan inköp",
                (string?)join.Input[LateJoinWorkflow.Inputs.Reference], (string?)join.Input[LateJoinWorkflow.Inputs.By]));
        }
        var takingPart = new HashSet<string>(StringComparer.Ordinal);
        var ledger = new List<CaseParticipantChange>();
        foreach (var e in events.OrderBy(e => e.At))
        {
            if (e.Apply(takingPart.Contains(e.Municipality)) is not { } change) continue;
            if (change.TakesPart) takingPart.Add(e.Municipality);
            else takingPart.Remove(e.Municipality);
            ledger.Add(new CaseParticipantChange(e.Municipality, change.Change, e.Phase, e.Round, e.Reference, e.By, e.At));
        }
        return ledger;
    }

    // A round's task is titled "<round>: <case title> – <municipality>" ("Garantiåtagande – <municipality>" has no case title).
    private static string RoundOf(string title) => title.Split(" – ", 2)[0].Split(": ", 2)[0];
}
