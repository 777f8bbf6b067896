namespace ENamnd.Host.Features.Contracts;

/// <summary>The payload of a queued decision at contract end: which contract, for which decision deadline.</summary>
/// <param name="ContractId">The contract's id.</param>
/// <param name="Deadline">The decision deadline the alert was about.</param>
public sealed record ContractDecisionRequest(string ContractId, DateOnly Deadline);
