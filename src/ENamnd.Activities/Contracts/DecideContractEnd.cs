using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Contracts;

/// <summary>
/// The decision at contract end (beslut vid avtalsslut): asks the owner and the coordinator to record
/// whether the contract is extended (förläng), replaced by a new project (nytt projekt) or let expire
/// (låt löpa ut), each an outcome. The first answer counts and is written back to the contract with the
/// step (a <c>contract.decided</c> record).
/// </summary>
[Activity("ENamnd", "DecideContractEnd", Category = ActivityCategories.Contracts, DisplayName = "Beslut vid avtalsslut",
    Description = "Väntar på beslutet om ett avtal ska förlängas, ersättas av ett nytt projekt eller löpa ut, och för in det i avtalsregistret.",
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
    public const string TaskKind = "contract-decision";

    private static readonly TaskChoice ExtendChoice = new(Extend, "Förläng (nästa option)");
    private static readonly TaskChoice NewProjectChoice = new(NewProject, "Nytt projekt");
    private static readonly TaskChoice LetExpireChoice = new(LetExpire, "Låt avtalet löpa ut");

    /// <summary>The contract's id in the registry.</summary>
    [Input(DisplayName = "Avtals-id", DefaultSyntax = ExpressionTypes.Liquid, Order = 1)]
    public Input<string> ContractId { get; set; } = new("");

    /// <summary>The contract's name, for the task's title.</summary>
    [Input(DisplayName = "Avtal", DefaultSyntax = ExpressionTypes.Liquid, Order = 2)]
    public Input<string> ContractName { get; set; } = new("");

    /// <summary>What the deciders need to know (end, deadline, options).</summary>
    [Input(DisplayName = "Underlag", UIHint = "multiline", DefaultSyntax = ExpressionTypes.Liquid, Order = 3)]
    public Input<string?> Summary { get; set; } = new((string?)null);

    /// <summary>Who records the decision.</summary>
    [Input(DisplayName = "Beslutas av", Order = 4, Description = "E-postadresser eller roller, till exempel \"roll:samordnare\".")]
    public Input<string> Deciders { get; set; } = new("roll:samordnare");

    /// <summary>Whether an extension option is left; without one "förläng" is not offered.</summary>
    [Input(DisplayName = "Option kvar", Order = 5)]
    public Input<bool> CanExtend { get; set; } = new(true);

    /// <summary>The decision's reference, e.g. "§ 12".</summary>
    [Output(DisplayName = "Paragraf")]
    public Output<string?> Reference { get; set; } = new();

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
                Title = $"Beslut vid avtalsslut: {name}",
                Question = $"Avtalet ”{name}” närmar sig sin beslutsdag. Registrera beslutet: förlängning, nytt projekt eller att avtalet får löpa ut, "
                    + "gärna med beslutets paragraf (§).\n\n" + (context.Get(Summary) ?? ""),
                Recipient = decider,
                Choices = choices,
                AsksForReference = true,
                LinkLifetime = TimeSpan.FromDays(400),
            });
        }
    }

    /// <inheritdoc />
    protected override ValueTask ResumeTaskAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        var choices = context.GetProperty<List<TaskChoice>>("choices") ?? ChoicesFor(true);
        if (TaskAnswers.Of(context, bookmark, choices) is not { } decision) return default;
        context.CloseTask(decision.TaskId, HumanTaskStatus.Decided, decision);
        context.CloseOpenTasks(HumanTaskStatus.Cancelled);
        var reference = string.IsNullOrWhiteSpace(decision.Reference) ? null : decision.Reference.Trim();
        context.AddRecord(ContractRecordKinds.Decided, new ContractDecision
        {
            ContractId = context.Get(ContractId)!.Trim(),
            Outcome = decision.Outcome,
            Reference = reference,
            Comment = decision.Comment,
            DecidedBy = decision.DecidedBy,
            InstanceId = context.WorkflowContext.Instance.Id,
            DecidedAt = context.Now,
        });
        context.Set(Reference, reference);
        context.Complete(decision.Outcome);
        return default;
    }

    /// <inheritdoc />
    protected override void OnCancelled(ActivityExecutionContext context) => context.CloseOpenTasks(HumanTaskStatus.Cancelled);

    private static List<TaskChoice> ChoicesFor(bool canExtend) =>
        canExtend ? [ExtendChoice, NewProjectChoice, LetExpireChoice] : [NewProjectChoice, LetExpireChoice];
}
