using System.ComponentModel.DataAnnotations;

namespace ENamnd.Host.Features.Cases;

/// <summary>The body of <c>POST /api/cases/{id}/cancel</c>.</summary>
public sealed record CancelCaseRequest([property: DataType(DataType.MultilineText)] string? Reason);
