namespace ENamnd.Host.Features.Meetings;

/// <summary>The body of <c>POST /api/meetings/{id}/anslag</c>: the day the notice of justering was posted on the notice board.</summary>
public sealed record AnslagRequest(string? PostedAt);
