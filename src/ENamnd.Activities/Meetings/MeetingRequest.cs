namespace ENamnd.Activities.Meetings;

/// <summary>The body of <c>POST /api/meetings</c> and <c>PUT /api/meetings/{id}</c>: body ("Nämnd" or "Beredningsgrupp"), date (yyyy-MM-dd), start and end (HH:mm, Stockholm time), place and an optional link to join.</summary>
public sealed record MeetingRequest(string? Body, string? Date, string? Start, string? End, string? Location, string? OnlineLink = null);
