namespace ENamnd.Host.Features.Webhooks;

/// <summary>The data of <c>case.ended</c>.</summary>
/// <param name="CaseId">The case's id in ENamnd.</param>
/// <param name="CaseNumber">The case number.</param>
/// <param name="Status"><c>Finished</c> (the process ran to its end: concluded, or stopped by a decision) or <c>Cancelled</c> (by the coordinator).</param>
/// <param name="Result">How it ended, as the process states it (e.g. <c>Avslutad</c>, <c>Stoppad i förstudie: …</c>); null when cancelled.</param>
/// <param name="Phase">The phase the case was in.</param>
public sealed record CaseEndedData(string CaseId, string CaseNumber, string Status, string? Result, string? Phase);
