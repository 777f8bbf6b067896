using ENamnd.Activities.Decisions;
using ENamnd.Engine.Model;
using static ENamnd.Workflows.Process.ProcessVariables;
using static ENamnd.Workflows.Process.Steps;

namespace ENamnd.Workflows.Process;

/// <summary>
/// Beslut om vidareutveckling, the first of management's two decisions: the coordinator proposes a further development
/// of the managed solution with its cost; the participating municipalities decide whether they take part (each sees its
/// share), the committee decides on the matter, and those taking part commit to their shares. The host starts it, one
/// instance per proposal, correlated with the case, while the case is in management.
/// </summary>
public sealed class FurtherDevelopmentWorkflow : ICodeWorkflow
{
    /// <summary>The inputs the host starts it with (besides the case's title, description and participants).</summary>
    public static class Inputs
    {
        /// <summary>What the further development is, in the coordinator's words.</summary>
        public const string Proposal = "forslag";
    }

    /// <inheritdoc />
    public string DefinitionId => ProcessIds.FurtherDevelopment;

    /// <inheritdoc />
    public WorkflowDefinition Build()
    {
        var municipalities = MunicipalDecisions("Kommunbeslut", "Vidareutveckling",
            $"Nämnden föreslår en vidareutveckling av lösningen från ”{CaseTitle}”:\n\n{{{{ Input.{Inputs.Proposal} }}}}\n\nVill kommunen delta i och finansiera vidareutvecklingen?",
            expectedTotal: $"getInput('{Budget}')");
        var committee = Committee("Namndbeslut", "Beslut om vidareutveckling");
        var guarantee = Commitments("Garantiatagande", 0m, "vidareutvecklingen");
        var flow = new PhaseFlow(municipalities)
            .Then(municipalities, committee, CollectMunicipalDecisions.Enough)
            .End(municipalities, CollectMunicipalDecisions.NotEnough, PhaseDecisions.Stop, PhaseFlow.TooFew)
            .Then(committee, guarantee, AwaitCommitteeDecision.Approved)
            .StopWhenRejected(committee)
            .Then(committee, committee, AwaitCommitteeDecision.Tabled)
            .End(committee, AwaitCommitteeDecision.ReturnedForRevision, PhaseDecisions.Stop, "nämnden återremitterade förslaget")
            .End(guarantee, CollectGuaranteeCommitments.AllCommitted, PhaseDecisions.Continue)
            .End(guarantee, CollectGuaranteeCommitments.Incomplete, PhaseDecisions.Stop, PhaseFlow.NotCovered);
        return PhaseFlow.Build(DefinitionId,
            "Beslut om vidareutveckling av en lösning i förvaltning: kommunernas beslut, nämndens beslut och garantiåtaganden för kostnaden.", flow.Chart,
            b => b.WithInput<string>(Inputs.Proposal, "Förslaget"));
    }
}
