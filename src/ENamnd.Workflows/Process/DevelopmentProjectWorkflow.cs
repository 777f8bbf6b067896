using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Model;
using static ENamnd.Workflows.Process.Steps;

namespace ENamnd.Workflows.Process;

/// <summary>
/// Utvecklingsprojekt: the steering group approves the project plan, the participants commit to their
/// shares (garantiåtagande, split again among who takes part now), the procurement checklist is done,
/// and the committee decides on procurement.
/// </summary>
public sealed class DevelopmentProjectWorkflow : ICodeWorkflow
{
    /// <summary>The project budget when the case names none, in kronor.</summary>
    public const decimal DefaultBudget = 2_000_000m;

    /// <inheritdoc />
    public string DefinitionId => ProcessIds.DevelopmentProject;

    /// <inheritdoc />
    public WorkflowDefinition Build()
    {
        var plan = Approval("Projektplan", "Projektplan och kommunikationsplan",
            "Godkänn projektdirektiv, projektplan, kommunikationsplan och avsiktsförklaring.",
            Documents(Document("Projektdirektiv", "projektdirektiv.docx"), Document("Kommunikationsplan", "kommunikationsplan.docx"), Document("Avsiktsförklaring", "avsiktsforklaring.docx")));
        var revise = Revise("RevideraPlan", "projektplanen", "den", plan.Id);
        var guarantee = Commitments("Garantiatagande", DefaultBudget, "projekttiden");
        var checklist = Work("Checklista", "Checklista upphandling", "Gå igenom checklistan för upphandling och ta fram underlaget till nämndens beslut.",
            Documents(Document("Checklista upphandling", "checklista-upphandling.docx")));
        var committee = Committee("Upphandlingsbeslut", "Beslut om upphandling");
        var flow = new PhaseFlow(plan)
            .Then(plan, guarantee, ApprovalOutcomes.Approved).Detours(plan, revise)
            .Then(guarantee, checklist, CollectGuaranteeCommitments.AllCommitted)
            .End(guarantee, CollectGuaranteeCommitments.Incomplete, PhaseDecisions.Stop, PhaseFlow.NotCovered)
            .Then(checklist, committee, AssignTask.Done)
            .End(committee, AwaitCommitteeDecision.Approved, PhaseDecisions.Continue)
            .StopWhenRejected(committee)
            .CommitteeDetours(committee, plan);
        return PhaseFlow.Build(DefinitionId,
            "Underlag för upphandling, drift och förvaltning. Slutar med beslut om upphandling.", flow.Chart);
    }
}
