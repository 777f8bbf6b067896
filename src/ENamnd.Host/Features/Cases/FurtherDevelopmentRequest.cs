using System.ComponentModel.DataAnnotations;

namespace ENamnd.Host.Features.Cases;

/// <summary>The body of <c>POST /api/cases/{id}/further-development</c>: what the further development is and what it costs, in whole kronor.</summary>
public sealed record FurtherDevelopmentRequest([property: DataType(DataType.MultilineText)] string? Proposal, decimal? Cost);
