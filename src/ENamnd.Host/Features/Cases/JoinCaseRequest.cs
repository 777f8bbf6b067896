namespace ENamnd.Host.Features.Cases;

/// <summary>
/// The body of <c>POST /api/cases/{id}/participants</c>: the municipality that joins the running case, the decision
/// behind it (body, date, §), and optionally the buy-in agreed with it in kronor (otherwise it is computed).
/// </summary>
public sealed record JoinCaseRequest(string? Municipality, string? Reference, decimal? BuyIn);
