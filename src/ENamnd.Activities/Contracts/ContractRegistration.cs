namespace ENamnd.Activities.Contracts;

/// <summary>A contract registered by a workflow step; the id is derived from the instance and the activity, so a replay registers nothing new.</summary>
public sealed record ContractRegistration
{
    /// <summary>The contract's id.</summary>
    public required string Id { get; init; }

    /// <summary>The checked contract.</summary>
    public required ContractTerms Terms { get; init; }

    /// <summary>The registering instance.</summary>
    public required string InstanceId { get; init; }

    /// <summary>When it was registered.</summary>
    public DateTimeOffset RegisteredAt { get; init; }
}
