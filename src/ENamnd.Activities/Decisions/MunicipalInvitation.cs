namespace ENamnd.Activities.Decisions;

/// <summary>Working state: the task that asks one municipality, and the municipality it asks.</summary>
internal sealed record MunicipalInvitation(string TaskId, string Code, string Name);
