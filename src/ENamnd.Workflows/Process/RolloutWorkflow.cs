using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Model;
using static ENamnd.Workflows.Process.Steps;

namespace ENamnd.Workflows.Process;

/// <summary>
/// Införande (rollout): the rollout, validation and training plans are approved, the management plan is
/// drawn up, each municipality decides on joint management and the committee accepts (or not) the
/// management assignment. Either way the phase goes on to management; <c>gemensamForvaltning</c> says how.
/// </summary>
public sealed class RolloutWorkflow : ICodeWorkflow
{
    /// <inheritdoc />
    public string DefinitionId => ProcessIds.Rollout;

    /// <inheritdoc />
    public WorkflowDefinition Build()
    {
        var plans = Approval("Inforandeplan", "Införandeplan, valideringsplan och utbildningsplan",
            "Godkänn planerna för pilot, utbildning, test och validering.",
            Documents(Document("Införandeplan", "inforandeplan.docx"), Document("Valideringsplan", "valideringsplan.docx"), Document("Utbildningsplan", "utbildningsplan.docx")));
        var revise = Revise("RevideraPlaner", "införandeplanerna", "dem");
        var management = Work("Forvaltningsplan", "Förvaltningsplan och finansieringsmodell",
            "Ta fram förvaltningsplan, förvaltningsorganisation och finansieringsmodell.",
            Documents(Document("Checklista", "checklista-inforande.docx")));
        var municipalities = MunicipalDecisions("GemensamForvaltning",
            $"Vill kommunen ingå i gemensam förvaltning av lösningen från ”{CaseTitle}” enligt förvaltningsplanen?");
        var committee = Committee("Forvaltningsuppdrag", "Uppdrag om gemensam förvaltning");
        var joint = Set("Gemensam", ProcessVariables.JointManagement, true);
        var local = Set("Lokal", ProcessVariables.JointManagement, false);
        var flow = new PhaseFlow(plans)
            .Then(plans, management, ApprovalOutcomes.Approved).Detours(plans, revise)
            .Then(management, municipalities, AssignTask.Done)
            .Then(municipalities, committee, CollectMunicipalDecisions.Enough)
            .Then(municipalities, local, CollectMunicipalDecisions.NotEnough)
            .Then(committee, joint, AwaitCommitteeDecision.Approved)
            .Then(committee, local, AwaitCommitteeDecision.Rejected)
            .CommitteeDetours(committee, management)
            .End(joint, Ports.Done, PhaseDecisions.Continue)
            .End(local, Ports.Done, PhaseDecisions.Continue);
        return PhaseFlow.Build(DefinitionId,
            "Förbered drift och förvaltning. Slutar med kommunernas beslut om gemensam förvaltning och nämndens förvaltningsuppdrag.", flow.Chart,
            b => b.WithVariable(ProcessVariables.JointManagement, false).WithOutput<bool>(ProcessVariables.JointManagement, "Gemensam förvaltning"));
    }
}
