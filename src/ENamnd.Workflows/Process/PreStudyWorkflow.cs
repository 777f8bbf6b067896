using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Model;
using static ENamnd.Workflows.Process.Steps;

namespace ENamnd.Workflows.Process;

/// <summary>
/// Förstudie: the steering group approves the directive and budget, the municipalities agree who joins
/// and funds (överenskommelse) and commit to their shares, the report is written and approved, and
/// the municipalities and the committee decide on a development project.
/// </summary>
public sealed class PreStudyWorkflow : ICodeWorkflow
{
    /// <summary>The pre-study budget when the case names none, in kronor.</summary>
    public const decimal DefaultBudget = 300_000m;

    /// <inheritdoc />
    public string DefinitionId => ProcessIds.PreStudy;

    /// <inheritdoc />
    public WorkflowDefinition Build()
    {
        var directive = Approval("Direktiv", "Förstudiedirektiv med budget", "Godkänn förstudiedirektivet med budget, mål och övergripande aktiviteter.",
            Documents(Document("Förstudiedirektiv", "forstudiedirektiv.docx")));
        var revise = Revise("RevideraDirektiv", "förstudiedirektivet", "det", directive.Id);
        var agreement = MunicipalDecisions("Overenskommelse", "Överenskommelse om förstudie",
            $"Vill kommunen delta i och finansiera förstudien ”{CaseTitle}” enligt överenskommelsen och det godkända förstudiedirektivet?",
            expectedTotal: $"getInput('{ProcessVariables.Budget}') ?? {DefaultBudget}");
        var funding = Commitments("Finansiering", DefaultBudget, "förstudietiden");
        // A report returned by the steering group comes back here, with who returned it and why.
        var report = Work("Rapport", "Förstudierapport", "",
            Documents(Document("Rapportmall", "rapportmall.docx"), Document("Resurskontrakt", "resurskontrakt.docx")))
            .AfterReturn("RapportGodkannande", "Genomför förstudien (nulägesbeskrivning, omvärldsbevakning, SWOT, kostnadsindikation) och skriv rapporten.");
        var reportApproval = Approval("RapportGodkannande", "Förstudierapport", "Godkänn förstudierapporten. Vid återremiss går förstudien tillbaka till projektledaren.");
        var municipalities = MunicipalDecisions("Kommunbeslut", "Beslut om utvecklingsprojekt",
            $"Förstudierapporten är godkänd. Vill kommunen delta i och finansiera utvecklingsprojektet ”{CaseTitle}”?",
            expectedTotal: BudgetOf(ProcessIds.DevelopmentProject, DevelopmentProjectWorkflow.DefaultBudget));
        var committee = Committee("Namndbeslut", "Beslut om utvecklingsprojekt");
        var flow = new PhaseFlow(directive)
            .Then(directive, agreement, ApprovalOutcomes.Approved).Detours(directive, revise)
            .Then(agreement, funding, CollectMunicipalDecisions.Enough)
            .End(agreement, CollectMunicipalDecisions.NotEnough, PhaseDecisions.Stop, PhaseFlow.TooFew)
            .Then(funding, report, CollectGuaranteeCommitments.AllCommitted)
            .End(funding, CollectGuaranteeCommitments.Incomplete, PhaseDecisions.Stop, PhaseFlow.NotCovered)
            .Then(report, reportApproval, AssignTask.Done)
            .Then(reportApproval, municipalities, ApprovalOutcomes.Approved).Detours(reportApproval, report, reworkLeadsBack: false)
            .Then(municipalities, committee, CollectMunicipalDecisions.Enough)
            .End(municipalities, CollectMunicipalDecisions.NotEnough, PhaseDecisions.Stop, PhaseFlow.TooFew)
            .End(committee, AwaitCommitteeDecision.Approved, PhaseDecisions.Continue)
            .StopWhenRejected(committee)
            .CommitteeDetours(committee, report);
        return PhaseFlow.Build(DefinitionId,
            "Är det genomförbart och vilka alternativ finns? Slutar med kommunernas och nämndens beslut om utvecklingsprojekt.", flow.Chart);
    }
}
