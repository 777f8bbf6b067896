namespace ENamnd.Activities.Contracts;

/// <summary>An extension option as written by a person (API body or designer input), before it is checked.</summary>
public sealed record ContractOptionDraft
{
    /// <summary>How many months the option adds.</summary>
    public int? ExtendMonths { get; init; }

    /// <summary>The last day to decide, <c>ÅÅÅÅ-MM-DD</c>.</summary>
    public string? DecideBy { get; init; }

    /// <summary><c>Open</c> (default), <c>Exercised</c> or <c>Declined</c>.</summary>
    public string? Status { get; init; }
}
