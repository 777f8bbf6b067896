using System.Text.Json.Nodes;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Decisions;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using static ENamnd.Workflows.Process.Steps;

namespace ENamnd.Workflows.Process;

/// <summary>
/// Förvaltning (management): the contract from procurement is registered for contract monitoring; with
/// joint management the participants commit to the yearly management cost. The phase then follows the
/// contract until the committee's decision at its end ("beslut om nytt projekt eller ej vid avtalsslut"),
/// which contract monitoring prepares in time (a proposal, then the committee's meeting before the deadline):
/// an extension keeps the phase going, a new project starts again with idea qualification, and letting the
/// contract expire ends the case.
/// </summary>
public sealed class ManagementWorkflow : ICodeWorkflow
{
    /// <summary>The yearly management cost when the case names none, in kronor.</summary>
    public const decimal DefaultBudget = 1_200_000m;

    /// <summary>The event the contract-end decision raises, followed by the contract id.</summary>
    public const string ContractEndEventPrefix = "Avtalsslut:";

    /// <summary>The variable holding the registered contract's id.</summary>
    private const string ContractIdVariable = "avtalsId";

    /// <summary>The variable holding the contract-end decision.</summary>
    private const string ContractDecisionVariable = "avtalsbeslut";

    /// <inheritdoc />
    public string DefinitionId => ProcessIds.Management;

    /// <inheritdoc />
    public WorkflowDefinition Build()
    {
        var register = new RegisterContract
        {
            Id = "RegistreraAvtal",
            ContractName = Field<string>("name", "''"),
            Supplier = Field<string>("supplier", "''"),
            Kind = Field<string>("kind", "'GemensamtAvtal'"),
            StartDate = Field<string>("startDate", "''"),
            EndDate = Field<string>("endDate", "''"),
            NoticePeriodMonths = Field<int>("noticePeriodMonths", "0"),
            Options = Field<object?>("options", "null"),
            Owner = Field<string>("owner", "'roll:samordnare'"),
            // Without a list of its own, the contract covers the phase's participants.
            Municipalities = Field<string>("municipalities", $"getVariable('{ProcessVariables.Participants}')", ".join(', ')"),
            ContractId = Output<string>.To(ContractIdVariable),
        };
        var joint = new FlowDecision { Id = "GemensamForvaltning", Condition = new Input<bool>(Expression.JavaScript($"getInput('{ProcessVariables.JointManagement}') === true")) };
        // The yearly cost, split by the model the management plan chose, for each year of the contract.
        var guarantee = Commitments("Garantiatagande", DefaultBudget,
            $"varje år under avtalstiden{{% if Input.{ProcessVariables.Contract}.startDate %}} {{{{ Input.{ProcessVariables.Contract}.startDate }}}}–{{{{ Input.{ProcessVariables.Contract}.endDate }}}}{{% endif %}}",
            $"getInput('{ProcessVariables.FinancingModel}') || 'Population'");
        var contractEnd = new Event
        {
            Id = "Avtalsslut",
            EventName = new Input<string>(Expression.JavaScript($"'{ContractEndEventPrefix}' + getVariable('{ContractIdVariable}')")),
            Result = Output<JsonObject?>.To(ContractDecisionVariable),
        };
        var route = Steps.RouteOn("Avtalsbeslut", ContractDecisionVariable, "outcome", DecideContractEnd.Extend, DecideContractEnd.NewProject, DecideContractEnd.LetExpire);
        var flow = new PhaseFlow(register)
            .Then(register, joint)
            .Then(joint, guarantee, "True")
            .Then(joint, contractEnd, "False")
            .Then(guarantee, contractEnd, CollectGuaranteeCommitments.AllCommitted)
            .Then(guarantee, contractEnd, CollectGuaranteeCommitments.Incomplete)
            .Then(contractEnd, route)
            .Then(route, contractEnd, DecideContractEnd.Extend)
            .Then(route, contractEnd, FlowSwitch.Default)
            .End(route, DecideContractEnd.NewProject, PhaseDecisions.NewProject)
            .End(route, DecideContractEnd.LetExpire, PhaseDecisions.Concluded);
        return PhaseFlow.Build(DefinitionId,
            "En fungerande gemensam lösning: avtalet registreras för avtalsbevakning och följs upp. Slutar med beslut om nytt projekt eller ej vid avtalsslut.", flow.Chart,
            b => b.WithInput<JsonObject>(ProcessVariables.Contract, "Avtal").WithInput<bool>(ProcessVariables.JointManagement, "Gemensam förvaltning")
                .WithInput<string>(ProcessVariables.FinancingModel, "Finansieringsmodell för förvaltningen")
                .WithVariable(ContractIdVariable, "").WithVariable<JsonObject>(ContractDecisionVariable));
    }

    // A field of the signed contract (the phase's "avtal" input).
    private static Input<T> Field<T>(string name, string fallback, string then = "") =>
        new(Expression.JavaScript($"((getInput('{ProcessVariables.Contract}') ?? {{}}).{name} ?? {fallback}){then}"));
}
