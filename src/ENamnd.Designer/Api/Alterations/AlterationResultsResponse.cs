namespace ENamnd.Designer.Api.Alterations;

/// <summary>The answer of run and retry (Elsa's <c>RunResponse</c> and <c>BulkRetryResponse</c>): one result per instance.</summary>
public sealed record AlterationResultsResponse(IReadOnlyList<RunAlterationsResult> Results);
