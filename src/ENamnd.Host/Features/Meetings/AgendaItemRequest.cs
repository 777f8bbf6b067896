namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// The body of <c>POST /api/meetings/{id}/agenda</c> (title and kind required) and of <c>PUT …/agenda/{itemId}</c>
/// (each field optional): the title, the case it concerns, "Beslut" or "Information", and its place (1 first).
/// </summary>
public sealed record AgendaItemRequest(string? Title, string? CaseNumber = null, string? Kind = null, int? Position = null);
