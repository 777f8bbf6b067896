namespace ENamnd.Host.Features.Cases;

/// <summary>The body of <c>POST /api/cases/{id}/cancel</c>.</summary>
public sealed record CancelCaseRequest(string? Reason);
