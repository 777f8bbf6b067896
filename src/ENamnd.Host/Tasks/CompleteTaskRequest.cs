namespace ENamnd.Host.Tasks;

/// <summary>The body of <c>POST /api/tasks/{taskId}/complete</c>: the link token, the outcome, and optionally a comment and a decision reference.</summary>
public sealed record CompleteTaskRequest(string? Token, string? Outcome, string? Comment, string? Reference);
