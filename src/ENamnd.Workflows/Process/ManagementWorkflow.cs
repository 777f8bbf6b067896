using System.Text.Json.Nodes;
using ENamnd.Activities.Decisions;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using static ENamnd.Workflows.Process.Steps;

namespace ENamnd.Workflows.Process;

/// <summary>
/// Förvaltning (management): with joint management the participants commit to the yearly management
/// cost; the committee follows up the contract, and well before the contract's decision deadline it
/// decides whether a new project follows (a new idea qualification) or not.
/// </summary>
public sealed class ManagementWorkflow : ICodeWorkflow
{
    /// <summary>The yearly management cost when the case names none, in kronor.</summary>
    public const decimal DefaultBudget = 1_200_000m;

    /// <summary>How many months before the contract's decision deadline the decision is prepared.</summary>
    public const int DecisionLeadMonths = 12;

    /// <inheritdoc />
    public string DefinitionId => ProcessIds.Management;

    /// <inheritdoc />
    public WorkflowDefinition Build()
    {
        var joint = new Decision { Id = "GemensamForvaltning", Condition = new Input<bool>(Expression.JavaScript($"getInput('{ProcessVariables.JointManagement}') === true")) };
        var guarantee = Commitments("Garantiatagande", DefaultBudget, "Avtalstiden");
        var watch = new StartAt { Id = "Avtalsbevakning", DateTime = new Input<DateTimeOffset>(Expression.JavaScript(DecisionDateScript)) };
        var decision = Committee("Avtalsslut", "Beslut om nytt projekt eller ej vid avtalsslut");
        var flow = new PhaseFlow(joint)
            .Then(joint, guarantee, "True")
            .Then(joint, watch, "False")
            .Then(guarantee, watch, CollectGuaranteeCommitments.AllCommitted)
            .Then(guarantee, watch, CollectGuaranteeCommitments.Incomplete)
            .Then(watch, decision)
            .End(decision, AwaitCommitteeDecision.Approved, PhaseDecisions.NewProject)
            .End(decision, AwaitCommitteeDecision.Rejected, PhaseDecisions.Concluded)
            .Then(decision, decision, AwaitCommitteeDecision.Tabled)
            .Then(decision, decision, AwaitCommitteeDecision.ReturnedForRevision);
        return PhaseFlow.Build(DefinitionId, "Förvaltning",
            "En fungerande gemensam lösning: avtalsuppföljning och avtalsbevakning. Slutar med beslut om nytt projekt eller ej vid avtalsslut.", flow.Chart,
            b => b.WithInput<JsonObject>(ProcessVariables.Contract, "Avtal").WithInput<bool>(ProcessVariables.JointManagement, "Gemensam förvaltning"));
    }

    // The contract's decision deadline (the end less the notice period) less the lead time, at midnight.
    private static readonly string DecisionDateScript =
        $"(() => {{ const a = getInput('{ProcessVariables.Contract}') ?? {{}}; " +
        "if (!a.endDate) return '2000-01-01T00:00:00Z'; " +
        "const d = new Date(a.endDate + 'T00:00:00Z'); " +
        $"d.setUTCMonth(d.getUTCMonth() - (a.noticePeriodMonths ?? 0) - {DecisionLeadMonths}); return d.toISOString(); }})()";
}
