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
        var revise = Revise("RevideraPlaner", "införandeplanerna", "dem", plans.Id);
        var management = Work("Forvaltningsplan", "Förvaltningsplan och finansieringsmodell",
            "Ta fram förvaltningsplan, förvaltningsorganisation och finansieringsmodell. Ange hur den årliga förvaltningskostnaden ska fördelas: "
            + "lika delar, invånarantal eller hybrid (hälften lika delar, hälften efter invånarantal). Utan svar fördelas den efter invånarantal.",
            Documents(Document("Checklista", "checklista-inforande.docx")),
            fields: "finansieringsmodell | Finansieringsmodell för förvaltningen (lika delar, invånarantal eller hybrid)");
        // The model chosen in the management plan, as the management commitments read it.
        var model = Compute("Finansieringsmodell", ProcessVariables.FinancingModel,
            "(s => /lika/i.test(s) ? 'Equal' : /hybrid/i.test(s) ? 'Hybrid' : 'Population')(((getOutputFrom('Forvaltningsplan', 'Answers') ?? {}).finansieringsmodell ?? ''))")
            .Shown("Finansieringsmodell");
        var municipalities = MunicipalDecisions("GemensamForvaltning", "Gemensam förvaltning",
            $"Vill kommunen ingå i gemensam förvaltning av lösningen från ”{CaseTitle}” enligt förvaltningsplanen? Andelen nedan är kostnaden per år.",
            expectedTotal: BudgetOf(ProcessIds.Management, ManagementWorkflow.DefaultBudget));
        // Each municipality sees its yearly share on the model the management plan chose.
        municipalities.Model = new Input<Activities.Allocation.AllocationModel>(Expression.JavaScript($"getVariable('{ProcessVariables.FinancingModel}') || 'Population'"));
        var committee = Committee("Forvaltningsuppdrag", "Uppdrag om gemensam förvaltning");
        var joint = Set("Gemensam", ProcessVariables.JointManagement, true);
        var local = Set("Lokal", ProcessVariables.JointManagement, false);
        var flow = new PhaseFlow(plans)
            .Then(plans, management, ApprovalOutcomes.Approved).Detours(plans, revise)
            .Then(management, model, AssignTask.Done)
            .Then(model, municipalities)
            .Then(municipalities, committee, CollectMunicipalDecisions.Enough)
            .Then(municipalities, local, CollectMunicipalDecisions.NotEnough)
            .Then(committee, joint, AwaitCommitteeDecision.Approved)
            .Then(committee, local, AwaitCommitteeDecision.Rejected)
            .CommitteeDetours(committee, management)
            .End(joint, Ports.Done, PhaseDecisions.Continue)
            .End(local, Ports.Done, PhaseDecisions.Continue);
        return PhaseFlow.Build(DefinitionId,
            "Förbered drift och förvaltning. Slutar med kommunernas beslut om gemensam förvaltning och nämndens förvaltningsuppdrag.", flow.Chart,
            b => b.WithVariable(ProcessVariables.JointManagement, false).WithOutput<bool>(ProcessVariables.JointManagement, "Gemensam förvaltning")
                .WithVariable(ProcessVariables.FinancingModel, "Population").WithOutput<string>(ProcessVariables.FinancingModel, "Finansieringsmodell för förvaltningen"));
    }
}
