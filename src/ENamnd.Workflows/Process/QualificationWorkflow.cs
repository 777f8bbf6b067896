using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Model;
using static ENamnd.Workflows.Process.Steps;

namespace ENamnd.Workflows.Process;

/// <summary>
/// Kvalificering av idé: a needs analysis, the municipalities say whether they are interested (at least
/// two), a pre-study directive is drafted, and the preparation group decides to start the pre-study.
/// </summary>
public sealed class QualificationWorkflow : ICodeWorkflow
{
    /// <inheritdoc />
    public string DefinitionId => ProcessIds.Qualification;

    /// <inheritdoc />
    public WorkflowDefinition Build()
    {
        var needs = Work("Behovsanalys", "Behovsanalys och idéutveckling",
            "Genomför behovsanalys och workshops med de intresserade kommunerna och hitta intressenter.",
            Documents(Document("Mall behovsinventering", "mall-behovsinventering.docx")), Coordinator);
        // Interest in an idea costs nothing yet: the municipalities take part with time and people.
        var interest = MunicipalDecisions("Intresse", "Intresse för idén",
            $"Är kommunen intresserad av att delta i arbetet med idén ”{CaseTitle}”? I det här skedet deltar kommunerna med tid och personer i behovsanalys och workshops, "
            + "och om idén går vidare tar de fram ett förstudiedirektiv tillsammans.", everyone: true, financed: false);
        var directive = Work("Direktiv", "Förstudiedirektiv", "", Documents(Document("Mall projektdirektiv", "mall-projektdirektiv.docx")), Coordinator)
            .AfterReturn("StartaForstudie", "Ta fram ett förstudiedirektiv med budget tillsammans med de intresserade kommunerna.");
        var start = Approval("StartaForstudie", "Beredningsgruppens beslut: starta förstudie",
            "Registrera beredningsgruppens beslut om att starta förstudien enligt direktivet, med sammanträdets datum och paragraf. Vid återremiss revideras direktivet.",
            Documents(Document("Mall projektdirektiv", "mall-projektdirektiv.docx")), Coordinator,
            fields: "sammantrade | Beredningsgruppens sammanträde (datum)\nparagraf | Paragraf (§)");
        var flow = new PhaseFlow(needs)
            .Then(needs, interest, AssignTask.Done)
            .Then(interest, directive, CollectMunicipalDecisions.Enough)
            .End(interest, CollectMunicipalDecisions.NotEnough, PhaseDecisions.Stop, PhaseFlow.TooFew)
            .Then(directive, start, AssignTask.Done)
            .End(start, ApprovalOutcomes.Approved, PhaseDecisions.Continue).Detours(start, directive, reworkLeadsBack: false);
        return PhaseFlow.Build(DefinitionId,
            "Är idén genomförbar och vilka kommuner är intresserade? Slutar med beredningsgruppens beslut om att starta förstudie.", flow.Chart);
    }
}
