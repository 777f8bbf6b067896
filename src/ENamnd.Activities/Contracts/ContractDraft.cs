namespace ENamnd.Activities.Contracts;

/// <summary>A contract as written by a person (API body or designer inputs), before it is checked; dates as <c>ÅÅÅÅ-MM-DD</c>.</summary>
public sealed record ContractDraft
{
    /// <summary>The contract's name.</summary>
    public string? Name { get; init; }

    /// <summary>The supplier.</summary>
    public string? Supplier { get; init; }

    /// <summary><c>Ramavtal</c> or <c>GemensamtAvtal</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>The first day.</summary>
    public string? StartDate { get; init; }

    /// <summary>The last day.</summary>
    public string? EndDate { get; init; }

    /// <summary>The notice period in months (missing means none).</summary>
    public int? NoticePeriodMonths { get; init; }

    /// <summary>The extension options.</summary>
    public IReadOnlyList<ContractOptionDraft?>? Options { get; init; }

    /// <summary>An email address or <c>roll:&lt;roll&gt;</c>.</summary>
    public string? Owner { get; init; }

    /// <summary>Participating municipalities by name or code.</summary>
    public IReadOnlyList<string?>? Municipalities { get; init; }

    /// <summary>The case number, if any.</summary>
    public string? CaseNumber { get; init; }
}
