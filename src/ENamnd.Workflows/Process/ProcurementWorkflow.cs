using System.Text.Json.Nodes;
using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using static ENamnd.Workflows.Process.Steps;

namespace ENamnd.Workflows.Process;

/// <summary>
/// Realisering (procurement): requirements approved, tenders evaluated, the committee's award decision
/// (tilldelningsbeslut), guarantee commitments for the contract, the signed contract recorded, and the
/// committee's decision whether it coordinates the rollout (otherwise the municipalities roll out locally).
/// </summary>
public sealed class ProcurementWorkflow : ICodeWorkflow
{
    /// <summary>The name of the event that records the signed contract on the case.</summary>
    public const string ContractSignedEvent = "AvtalTecknat";

    /// <summary>The procurement budget when the case names none, in kronor.</summary>
    public const decimal DefaultBudget = 1_000_000m;

    /// <inheritdoc />
    public string DefinitionId => ProcessIds.Procurement;

    /// <inheritdoc />
    public WorkflowDefinition Build()
    {
        var requirements = Approval("Forfragningsunderlag", "Kravspecifikation och förfrågningsunderlag",
            "Godkänn kravspecifikationen och förfrågningsunderlaget innan upphandlingen annonseras.",
            Documents(Document("Checklista upphandling", "checklista-upphandling.docx"), Document("Förfrågningsunderlag", "forfragningsunderlag.docx")));
        var revise = Revise("RevideraUnderlag", "förfrågningsunderlaget", "det", requirements.Id);
        var evaluation = Work("Anbudsutvardering", "Anbudsutvärdering", "Utvärdera anbuden och lämna förslag till tilldelning: föreslagen leverantör, kontraktsvärde och motivering.",
            assignees: "roll:upphandlare@ärendet | roll:samordnare",
            fields: "leverantor | Föreslagen leverantör\nkontraktsvarde | Kontraktsvärde (kr)\nmotivering | Motivering | flerradig");
        var award = Committee("Tilldelning", "Tilldelningsbeslut");
        // The secretary's task carries the evaluation's proposal: supplier, contract value and why.
        award.Summary = new Input<string?>(Expression.JavaScript(
            "(() => { const a = getOutputFrom('Anbudsutvardering', 'Answers') ?? {}; const lines = []; "
            + "if (a.leverantor) lines.push('Förslag till tilldelning: ' + a.leverantor + '.'); "
            + "if (a.kontraktsvarde) lines.push('Kontraktsvärde: ' + a.kontraktsvarde.replace(/\\s*kr\\.?$/i, '') + ' kr.'); "
            + "if (a.motivering) lines.push('Motivering: ' + a.motivering); return lines.join('\\n'); })()"));
        var guarantee = Commitments("Garantiatagande", DefaultBudget, "avtalstiden");
        var signed = new Event(ContractSignedEvent) { Id = "AvtalTecknat", Result = Output<JsonObject?>.To(ProcessVariables.Contract) };
        // The process now waits on the coordinator, who is told so.
        var waiting = Notice("VantarPaAvtal", $"'{Coordinator}'", "Registrera det tecknade avtalet",
            $"Kommunerna har lämnat sina garantiåtaganden för avtalet i ”{CaseTitle}”. Ärendet väntar nu på att du registrerar det tecknade avtalet "
            + "(avtalsnamn, leverantör, avtalstid, uppsägningstid och optioner): öppna ärendet och välj Registrera avtal när avtalet är undertecknat.");
        var rollout = Committee("Samordning", "Uppdrag att samordna införande");
        var flow = new PhaseFlow(requirements)
            .Then(requirements, evaluation, ApprovalOutcomes.Approved).Detours(requirements, revise)
            .Then(evaluation, award, AssignTask.Done)
            .Then(award, guarantee, AwaitCommitteeDecision.Approved)
            .StopWhenRejected(award)
            .CommitteeDetours(award, evaluation)
            .Then(guarantee, waiting, CollectGuaranteeCommitments.AllCommitted)
            .Then(waiting, signed)
            .End(guarantee, CollectGuaranteeCommitments.Incomplete, PhaseDecisions.Stop, PhaseFlow.NotCovered)
            .Then(signed, rollout)
            .End(rollout, AwaitCommitteeDecision.Approved, PhaseDecisions.Continue)
            .End(rollout, AwaitCommitteeDecision.Rejected, PhaseDecisions.LocalRollout)
            .CommitteeDetours(rollout, rollout);
        return PhaseFlow.Build(DefinitionId,
            "En lösning som möter behoven. Slutar med tilldelningsbeslut, tecknat avtal och nämndens beslut om att samordna införandet.", flow.Chart,
            b => b.WithVariable<JsonObject>(ProcessVariables.Contract).WithOutput<JsonObject>(ProcessVariables.Contract, "Avtal"));
    }
}
