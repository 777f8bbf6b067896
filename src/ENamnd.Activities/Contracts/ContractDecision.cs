namespace ENamnd.Activities.Contracts;

/// <summary>The committee's decision at contract end (beslut vid avtalsslut), as recorded by <see cref="RecordContractDecision"/>.</summary>
public sealed record ContractDecision
{
    /// <summary>The contract decided on.</summary>
    public required string ContractId { get; init; }

    /// <summary><see cref="DecideContractEnd.Extend"/>, <see cref="DecideContractEnd.NewProject"/> or <see cref="DecideContractEnd.LetExpire"/>.</summary>
    public required string Outcome { get; init; }

    /// <summary>The decision's reference: the paragraph (§) of the committee's minutes, e.g. "§ 12".</summary>
    public string? Reference { get; init; }

    /// <summary>A comment kept with the decision.</summary>
    public string? Comment { get; init; }

    /// <summary>Who decided, e.g. "nämnden".</summary>
    public string? DecidedBy { get; init; }

    /// <summary>The deciding instance.</summary>
    public required string InstanceId { get; init; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset DecidedAt { get; init; }
}
