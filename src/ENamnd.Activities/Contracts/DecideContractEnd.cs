using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Contracts;

/// <summary>
/// The proposal for the decision at contract end (förslag till beslut vid avtalsslut): asks the owner and the
/// coordinator to propose whether the contract is extended (förläng), replaced by a new project (nytt projekt) or
/// let expire (låt löpa ut), each an outcome. The first answer counts. The decision itself is the committee's
/// (<see cref="Decisions.AwaitCommitteeDecision"/>), written to the contract by <see cref="RecordContractDecision"/>.
/// </summary>
[Activity("ENamnd", "DecideContractEnd", Category = ActivityCategories.Contracts, DisplayName = "Förslag till beslut vid avtalsslut",
    Description = "Väntar på förslaget till nämndens beslut om ett avtal ska förlängas, ersättas av ett nytt projekt eller löpa ut.",
    Kind = ActivityKind.Task)]
[FlowNode(Extend, NewProject, LetExpire)]
public sealed class DecideContractEnd : TaskActivity
{
    /// <summary>Extend the contract with its next option (förläng).</summary>
    public const string Extend = "Extend";

    /// <summary>Start a new project, e.g. a new procurement (nytt projekt).</summary>
    public const string NewProject = "NewProject";

    /// <summary>Let the contract expire (låt löpa ut).</summary>
    public const string LetExpire = "LetExpire";

    /// <summary>The task kind.</summary>
    public const string TaskKind = "contract-proposal";

    private static readonly TaskChoice ExtendChoice = new(Extend, "Förläng (nästa option)");
    private static readonly TaskChoice NewProjectChoice = new(NewProject, "Nytt projekt");
    private static readonly TaskChoice LetExpireChoice = new(LetExpire, "Låt avtalet löpa ut");

    /// <summary>The contract's id in the registry.</summary>
    [Input(DisplayName = "Avtals-id", DefaultSyntax = ExpressionTypes.Liquid, Order = 1)]
    public Input<string> ContractId { get; set; } = new("");

    /// <summary>The contract's name, for the task's title.</summary>
    [Input(DisplayName = "Avtal", DefaultSyntax = ExpressionTypes.Liquid, Order = 2)]
    public Input<string> ContractName { get; set; } = new("");

    /// <summary>What the proposers need to know (end, deadline, options).</summary>
    [Input(DisplayName = "Underlag", UIHint = "multiline", DefaultSyntax = ExpressionTypes.Liquid, Order = 3)]
    public Input<string?> Summary { get; set; } = new((string?)null);

    /// <summary>Who proposes.</summary>
    [Input(DisplayName = "Föreslås av", Order = 4, Description = "E-postadresser eller roller, till exempel \"roll:samordnare\".")]
    public Input<string> Deciders { get; set; } = new("roll:samordnare");

    /// <summary>Whether an extension option is left; without one "förläng" is not offered.</summary>
    [Input(DisplayName = "Option kvar", Order = 5)]
    public Input<bool> CanExtend { get; set; } = new(true);

    /// <summary>The proposal: <see cref="Extend"/>, <see cref="NewProject"/> or <see cref="LetExpire"/>.</summary>
    [Output(DisplayName = "Förslag", Description = "Extend, NewProject eller LetExpire.")]
    public Output<string?> Proposal { get; set; } = new();

    /// <summary>The proposal in Swedish words, e.g. "låt avtalet löpa ut".</summary>
    [Output(DisplayName = "Förslag i text", Description = "Förslaget med svenska ord, till exempel \"låt avtalet löpa ut\".")]
    public Output<string?> ProposalText { get; set; } = new();

    /// <summary>The proposer's comment (motivering).</summary>
    [Output(DisplayName = "Motivering")]
    public Output<string?> Comment { get; set; } = new();

    /// <summary>Who made the proposal.</summary>
    [Output(DisplayName = "Föreslaget av")]
    public Output<string?> ProposedBy { get; set; } = new();

    /// <summary>A proposal in Swedish words, as the committee's agenda names it; an unknown code is returned as it is.</summary>
    public static string TextOf(string proposal) => proposal switch
    {
        Extend => "förläng avtalet (nästa option)",
        NewProject => "nytt projekt",
        LetExpire => "låt avtalet löpa ut",
        _ => proposal,
    };

    /// <inheritdoc />
    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var contractId = context.Get(ContractId)?.Trim();
        if (string.IsNullOrEmpty(contractId)) throw new ActivityFaultException("Avtals-id saknas.");
        var name = context.Get(ContractName)?.Trim();
        var choices = ChoicesFor(context.Get(CanExtend));
        context.SetProperty("choices", choices);
        var deciders = await context.Services.GetRequiredService<RecipientResolver>().ResolveAsync(context.Get(Deciders), context.WorkflowContext.Instance.CorrelationId);
        foreach (var decider in deciders)
        {
            context.OpenTask(new TaskRequest
            {
                Kind = TaskKind,
                Title = $"Förslag till beslut vid avtalsslut: {name}",
                Question = $"Avtalet ”{name}” närmar sig sin beslutsdag. Beslutet fattas av nämnden: lämna förslaget till beslut – förlängning, "
                    + "nytt projekt eller att avtalet får löpa ut – gärna med en motivering. Förslaget anmäls sedan till nämndens sammanträde.\n\n"
                    + (context.Get(Summary) ?? ""),
                Recipient = decider,
                Choices = choices,
                LinkLifetime = TimeSpan.FromDays(400),
            });
        }
    }

    /// <inheritdoc />
    protected override ValueTask ResumeTaskAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        var choices = context.GetProperty<List<TaskChoice>>("choices") ?? ChoicesFor(true);
        if (TaskAnswers.Of(context, bookmark, choices) is not { } proposal) return default;
        context.CloseTask(proposal.TaskId, HumanTaskStatus.Decided, proposal);
        context.CloseOpenTasks(HumanTaskStatus.Cancelled);
        context.Set(Proposal, proposal.Outcome);
        context.Set(ProposalText, TextOf(proposal.Outcome));
        context.Set(Comment, string.IsNullOrWhiteSpace(proposal.Comment) ? null : proposal.Comment.Trim());
        context.Set(ProposedBy, proposal.DecidedBy);
        context.Complete(proposal.Outcome);
        return default;
    }

    /// <inheritdoc />
    protected override void OnCancelled(ActivityExecutionContext context) => context.CloseOpenTasks(HumanTaskStatus.Cancelled);

    private static List<TaskChoice> ChoicesFor(bool canExtend) =>
        canExtend ? [ExtendChoice, NewProjectChoice, LetExpireChoice] : [NewProjectChoice, LetExpireChoice];
}
