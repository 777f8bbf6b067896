namespace ENamnd.Host.Features.Webhooks;

/// <summary>The data of <c>case.started</c>.</summary>
/// <param name="CaseId">The case's id in ENamnd.</param>
/// <param name="CaseNumber">The case number (diarienummer), as stored.</param>
/// <param name="Title">The case's title.</param>
/// <param name="InitiatingMunicipalities">The initiating municipalities, as stored: their four-digit municipality codes (e.g. <c>2580</c>).</param>
public sealed record CaseStartedData(string CaseId, string CaseNumber, string Title, IReadOnlyList<string> InitiatingMunicipalities);
