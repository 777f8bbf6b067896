
namespace ENamnd.Activities.Contracts;

/// <summary>A contract in the registry: its terms and, once taken, the latest decision at contract end.</summary>
public sealed record Contract
{
    /// <summary>The contract's id.</summary>
    public required string Id { get; init; }

    /// <summary>What was agreed.</summary>
    public required ContractTerms Terms { get; init; }

    /// <summary>The latest decision at contract end, if any.</summary>
    public ContractDecisionState? Decision { get; init; }

    /// <summary>When it was registered.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Whether the decision ends monitoring: a new project or letting the contract expire.</summary>
    public bool IsSettled => Decision?.Outcome is DecideContractEnd.NewProject or DecideContractEnd.LetExpire;

    /// <summary>The subject of the contract's ledger entries.</summary>
    public string Subject => SubjectOf(Id);

    /// <summary>The correlation id of the contract's decision workflow.</summary>
    public string CorrelationId => $"avtal:{Id}";

    /// <summary>The ledger subject of a contract.</summary>
    public static string SubjectOf(string id) => $"contract:{id}";
}
