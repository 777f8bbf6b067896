using ENamnd.Activities.Allocation;
using ENamnd.Activities.Decisions;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Workflows.Process;

/// <summary>
/// Anslutning i efterhand: a municipality joins a running case later and buys in on the same principles. The host
/// computes its buy-in (its share of every earlier guarantee round, on that round's terms, as if it had taken part)
/// and starts this workflow, one instance per joining municipality, correlated with the case; the municipality's
/// representative is asked to commit to the buy-in. Without an amount to buy in, the instance records the join only.
/// </summary>
public sealed class LateJoinWorkflow : ICodeWorkflow
{
    /// <summary>The definition id.</summary>
    public const string Id = "Anslutning";

    /// <summary>The inputs the host starts it with.</summary>
    public static class Inputs
    {
        /// <summary>The case title.</summary>
        public const string Title = ProcessVariables.Title;

        /// <summary>The joining municipality's code.</summary>
        public const string Municipality = "kommun";

        /// <summary>The buy-in in whole kronor (0 for none).</summary>
        public const string BuyIn = "inkop";

        /// <summary>How the buy-in was computed, in Swedish (shown in the request).</summary>
        public const string Basis = "underlag";

        /// <summary>The decision behind the join (body, date, §), as the coordinator gave it.</summary>
        public const string Reference = "referens";

        /// <summary>Who recorded the join.</summary>
        public const string By = "av";

        /// <summary>The phase the case was in when the municipality joined.</summary>
        public const string Phase = ProcessVariables.Phase;
    }

    /// <inheritdoc />
    public string DefinitionId => Id;

    /// <inheritdoc />
    public WorkflowDefinition Build()
    {
        var anything = new FlowDecision { Id = "HarInkop", Condition = new Input<bool>(Expression.JavaScript($"(getInput('{Inputs.BuyIn}') ?? 0) > 0")) }
            .Shown("Finns ett inköp?");
        var buyIn = new CollectGuaranteeCommitments
        {
            Id = "Inkop",
            Participants = new Input<string>(Expression.JavaScript($"getInput('{Inputs.Municipality}')")),
            Total = new Input<decimal>(Expression.JavaScript($"getInput('{Inputs.BuyIn}')")),
            Model = AllocationModel.Equal,
            Validity = new Input<string?>(Expression.Liquid($"inköp i ärendet ”{{{{ Input.{Inputs.Title} }}}}”")),
            Basis = new Input<string?>(Expression.JavaScript($"getInput('{Inputs.Basis}')")),
            ResplitOnWithdrawal = new Input<bool>(false),
            InWorkingDays = new Input<bool>(true),
            Deadline = TimeSpan.FromDays(30),
            ReminderInterval = TimeSpan.FromDays(7),
        }.Shown("Inköp");
        var flow = new Flowchart { Id = "Flow" };
        flow.Connect(new Start { Id = "Start" }, anything);
        flow.Connect(anything, buyIn, "True");
        return new WorkflowBuilder(Id, "Anslutning i efterhand")
            .WithDescription("En kommun ansluter till ett pågående ärende och köper in sig på samma principer som de övriga.")
            .WithInput<string>(Inputs.Title, "Ärendets rubrik")
            .WithInput<string>(Inputs.Municipality, "Kommun")
            .WithInput<decimal>(Inputs.BuyIn, "Inköp (kr)")
            .WithInput<string>(Inputs.Basis, "Underlag för inköpet")
            .WithInput<string>(Inputs.Reference, "Beslut om anslutning")
            .WithInput<string>(Inputs.By, "Registrerad av")
            .WithInput<string>(Inputs.Phase, "Fas när kommunen anslöt")
            .Build(flow);
    }
}
