namespace ENamnd.Host.Cases;

/// <summary>The body of <c>POST /api/cases/{id}/contract</c>: the contract signed in procurement.</summary>
public sealed record SignedContractRequest
{
    public string? Name { get; init; }
    public string? Supplier { get; init; }

    /// <summary><c>Ramavtal</c> or <c>GemensamtAvtal</c>.</summary>
    public string? Kind { get; init; }

    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public int? NoticePeriodMonths { get; init; }

    /// <summary>Extension options, each with its own decide-by date.</summary>
    public IReadOnlyList<SignedContractOption>? Options { get; init; }

    /// <summary>The owner: an email address or a role (<c>roll:samordnare</c>).</summary>
    public string? Owner { get; init; }

    /// <summary>The municipalities the contract covers; empty means the case's participants.</summary>
    public IReadOnlyList<string>? Municipalities { get; init; }
}

/// <summary>An extension option of a signed contract.</summary>
public sealed record SignedContractOption(int ExtendMonths, DateOnly DecideBy);
