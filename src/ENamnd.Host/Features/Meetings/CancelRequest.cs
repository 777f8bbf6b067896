using System.ComponentModel.DataAnnotations;

namespace ENamnd.Host.Features.Meetings;

/// <summary>The body of <c>POST /api/meetings/{id}/cancel</c>: why the meeting is cancelled (optional).</summary>
public sealed record CancelRequest([property: DataType(DataType.MultilineText)] string? Reason);
