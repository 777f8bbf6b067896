namespace ENamnd.Engine.Runtime;

/// <summary>An error that faulted an instance: which activity, what went wrong, when.</summary>
public sealed record WorkflowIncident(string ActivityId, string NodeId, string ActivityType, string Message, string? ExceptionType, DateTimeOffset Timestamp);
