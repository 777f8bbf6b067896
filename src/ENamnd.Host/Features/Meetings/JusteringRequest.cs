namespace ENamnd.Host.Features.Meetings;

/// <summary>The body of <c>POST /api/meetings/{id}/justering</c>: the day the minutes were checked and the justerare (participant ids; without them, those appointed).</summary>
public sealed record JusteringRequest(string? JusteradAt, IReadOnlyList<string?>? Justerare);
