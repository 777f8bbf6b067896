namespace ENamnd.Activities.People;

/// <summary>Who a task is for.</summary>
public sealed record TaskRecipient(string Email, string? Name = null, string? MunicipalityCode = null, string? ParticipantId = null);
