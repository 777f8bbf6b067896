using ENamnd.Activities.Contracts;
using ENamnd.Activities.Email;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Workflows.Contracts;

/// <summary>
/// Beslut vid avtalsslut: the decision before a contract's notice or option deadline, started by contract
/// monitoring. The owner and the coordinator record extend, new project or let expire; a new project
/// tells the coordinator to start a new case (Kvalificering av idé).
/// </summary>
public sealed class ContractEndWorkflow : ICodeWorkflow
{
    /// <summary>The definition id.</summary>
    public const string Id = "BeslutVidAvtalsslut";

    /// <summary>The inputs contract monitoring starts it with.</summary>
    public static class Inputs
    {
        /// <summary>The contract's id.</summary>
        public const string ContractId = "contractId";

        /// <summary>The contract's name.</summary>
        public const string ContractName = "contractName";

        /// <summary>End, deadline and options, as text.</summary>
        public const string Summary = "summary";

        /// <summary>Who decides: addresses or roles.</summary>
        public const string Deciders = "deciders";

        /// <summary>Whether an extension option is left.</summary>
        public const string CanExtend = "canExtend";
    }

    /// <inheritdoc />
    public string DefinitionId => Id;

    /// <inheritdoc />
    public WorkflowDefinition Build()
    {
        var decide = new DecideContractEnd
        {
            Id = "decide",
            ContractId = new(Expression.Liquid($"{{{{ Input.{Inputs.ContractId} }}}}")),
            ContractName = new(Expression.Liquid($"{{{{ Input.{Inputs.ContractName} }}}}")),
            Summary = new(Expression.Liquid($"{{{{ Input.{Inputs.Summary} }}}}")),
            Deciders = new(Expression.JavaScript($"getInput('{Inputs.Deciders}') || 'roll:samordnare'")),
            CanExtend = new(Expression.JavaScript($"getInput('{Inputs.CanExtend}') !== false")),
        };
        var newCase = new SendEmail
        {
            Id = "newCase",
            To = new("roll:samordnare"),
            Subject = new(Expression.Liquid($"Starta ett nytt ärende: {{{{ Input.{Inputs.ContractName} }}}}")),
            Body = new(Expression.Liquid(
                $"Beslutet vid avtalsslut för avtalet ”{{{{ Input.{Inputs.ContractName} }}}}” blev ett nytt projekt.\n\n"
                + "Starta ett nytt ärende i fasen Kvalificering av idé, så att behovet och de intresserade kommunerna kan tas fram "
                + "i god tid före avtalets slut.\n\n"
                + $"{{{{ Input.{Inputs.Summary} }}}}")),
        };
        var flow = new Flowchart { Id = "flowchart" }.Connect(new Start { Id = "start" }, decide).Connect(decide, newCase, DecideContractEnd.NewProject);
        return new WorkflowBuilder(Id, "Beslut vid avtalsslut")
            .WithDescription("Beslut om förlängning, nytt projekt eller att låta avtalet löpa ut, före uppsägnings- eller optionsdatum.")
            .WithInput<string>(Inputs.ContractId, "Avtals-id")
            .WithInput<string>(Inputs.ContractName, "Avtal")
            .WithInput<string>(Inputs.Summary, "Underlag")
            .WithInput<string>(Inputs.Deciders, "Beslutas av")
            .WithInput<bool>(Inputs.CanExtend, "Option kvar")
            .Build(flow);
    }
}
