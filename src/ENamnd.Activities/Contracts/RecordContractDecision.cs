using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Contracts;

/// <summary>
/// Writes the committee's decision at contract end (beslut vid avtalsslut) to the contract registry with the step (a
/// <c>contract.decided</c> record): extend, new project or let expire, with the decision's paragraph (§). The decision is
/// also its outcome, so a workflow can go on from it (a new project, say).
/// </summary>
[Activity("ENamnd", "RecordContractDecision", Category = ActivityCategories.Contracts, DisplayName = "För in beslut vid avtalsslut",
    Description = "För in nämndens beslut vid avtalsslut i avtalsregistret: förlängning, nytt projekt eller att avtalet får löpa ut, med beslutets paragraf.")]
[FlowNode(DecideContractEnd.Extend, DecideContractEnd.NewProject, DecideContractEnd.LetExpire)]
public sealed class RecordContractDecision : Activity
{
    /// <summary>The contract's id in the registry.</summary>
    [Input(DisplayName = "Avtals-id", DefaultSyntax = ExpressionTypes.Liquid, Order = 1)]
    public Input<string> ContractId { get; set; } = new("");

    /// <summary>What was decided: <see cref="DecideContractEnd.Extend"/>, <see cref="DecideContractEnd.NewProject"/> or <see cref="DecideContractEnd.LetExpire"/>.</summary>
    [Input(DisplayName = "Beslut", Order = 2, Description = "Extend, NewProject eller LetExpire.")]
    public Input<string> Decision { get; set; } = new("");

    /// <summary>The decision's paragraph, e.g. "§ 12".</summary>
    [Input(DisplayName = "Paragraf", DefaultSyntax = ExpressionTypes.Liquid, Order = 3, Description = "Beslutets paragraf i protokollet, till exempel \"§ 12\".")]
    public Input<string?> Reference { get; set; } = new((string?)null);

    /// <summary>A comment kept with the decision.</summary>
    [Input(DisplayName = "Kommentar", UIHint = "multiline", DefaultSyntax = ExpressionTypes.Liquid, Order = 4)]
    public Input<string?> Comment { get; set; } = new((string?)null);

    /// <summary>Who decided.</summary>
    [Input(DisplayName = "Beslutat av", DefaultSyntax = ExpressionTypes.Liquid, Order = 5, Description = "Vem som fattade beslutet. Tomt betyder nämnden.")]
    public Input<string?> DecidedBy { get; set; } = new("nämnden");

    /// <summary>When it was decided (recorded); empty means now.</summary>
    [Input(DisplayName = "Beslutat", Order = 6, Description = "När beslutet registrerades. Tomt betyder nu.")]
    public Input<DateTimeOffset?> DecidedAt { get; set; } = new((DateTimeOffset?)null);

    /// <inheritdoc />
    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var contractId = context.Get(ContractId)?.Trim();
        if (string.IsNullOrEmpty(contractId)) throw new ActivityFaultException("Avtals-id saknas.");
        var decision = context.Get(Decision)?.Trim();
        if (decision is not (DecideContractEnd.Extend or DecideContractEnd.NewProject or DecideContractEnd.LetExpire))
            throw new ActivityFaultException($"Okänt beslut vid avtalsslut: '{decision}'. Giltiga värden: Extend, NewProject, LetExpire.");
        context.AddRecord(ContractRecordKinds.Decided, new ContractDecision
        {
            ContractId = contractId,
            Outcome = decision,
            Reference = Trimmed(context.Get(Reference)),
            Comment = Trimmed(context.Get(Comment)),
            DecidedBy = Trimmed(context.Get(DecidedBy)) ?? "nämnden",
            InstanceId = context.WorkflowContext.Instance.Id,
            DecidedAt = context.Get(DecidedAt) ?? context.Now,
        });
        context.Complete(decision);
        return default;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
