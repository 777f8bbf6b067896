namespace ENamnd.Designer.Api.Instances;

/// <summary>The body of <c>POST /workflow-instances/{id}/journal</c>.</summary>
public sealed record JournalRequest(JournalFilter? Filter);
