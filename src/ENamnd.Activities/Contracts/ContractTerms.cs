namespace ENamnd.Activities.Contracts;

/// <summary>A contract (avtal) as registered: checked, with canonical municipality names.</summary>
public sealed record ContractTerms
{
    /// <summary>The contract's name, e.g. "E-tjänsteplattform".</summary>
    public required string Name { get; init; }

    /// <summary>The supplier (leverantör).</summary>
    public required string Supplier { get; init; }

    /// <summary>Framework agreement or joint contract.</summary>
    public required ContractKind Kind { get; init; }

    /// <summary>The first day the contract runs.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>The last day the contract runs, including exercised options.</summary>
    public required DateOnly EndDate { get; init; }

    /// <summary>The notice period (uppsägningstid) in months.</summary>
    public int NoticePeriodMonths { get; init; }

    /// <summary>The extension options, in the order they are decided.</summary>
    public IReadOnlyList<ContractOption> Options { get; init; } = [];

    /// <summary>Who owns the contract: an email address or a role (<c>roll:samordnare</c>).</summary>
    public required string Owner { get; init; }

    /// <summary>The participating municipalities, by name as in the reference data.</summary>
    public IReadOnlyList<string> Municipalities { get; init; } = [];

    /// <summary>The case (ärendenummer) the contract belongs to, if any.</summary>
    public string? CaseNumber { get; init; }
}
