namespace ENamnd.Activities.Contracts;

/// <summary>The latest decision at contract end (beslut vid avtalsslut) recorded on a contract.</summary>
public sealed record ContractDecisionState(string Outcome, string? Reference, string? DecidedBy, DateTimeOffset? DecidedAt, string? InstanceId);
