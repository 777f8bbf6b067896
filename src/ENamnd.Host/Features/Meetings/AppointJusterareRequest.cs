namespace ENamnd.Host.Features.Meetings;

/// <summary>The body of <c>PUT /api/meetings/{id}/justerare</c>: the participant ids of one or two justerare.</summary>
public sealed record AppointJusterareRequest(IReadOnlyList<string?>? Justerare);
