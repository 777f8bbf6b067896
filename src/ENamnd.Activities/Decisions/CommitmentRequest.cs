namespace ENamnd.Activities.Decisions;

/// <summary>Working state: an open task asking a municipality to commit to an amount, from the split numbered Round.</summary>
internal sealed record CommitmentRequest(string TaskId, string Code, string Name, decimal Amount, decimal? Cap, int Round);
