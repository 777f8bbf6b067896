namespace ENamnd.Activities.Contracts;

/// <summary>The decision at contract end (beslut vid avtalsslut), as recorded by <see cref="DecideContractEnd"/>.</summary>
public sealed record ContractDecision
{
    /// <summary>The contract decided on.</summary>
    public required string ContractId { get; init; }

    /// <summary><see cref="DecideContractEnd.Extend"/>, <see cref="DecideContractEnd.NewProject"/> or <see cref="DecideContractEnd.LetExpire"/>.</summary>
    public required string Outcome { get; init; }

    /// <summary>The decision's reference, e.g. the paragraph "§ 12".</summary>
    public string? Reference { get; init; }

    /// <summary>The decider's comment.</summary>
    public string? Comment { get; init; }

    /// <summary>Who recorded it.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>The deciding instance.</summary>
    public required string InstanceId { get; init; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset DecidedAt { get; init; }
}
