namespace ENamnd.Host.Features.Tasks;

/// <summary>The body of <c>POST /api/tasks/{taskId}/complete</c>: the link token, the outcome, and optionally a comment, a decision reference and the task's further fields by name.</summary>
public sealed record CompleteTaskRequest(string? Token, string? Outcome, string? Comment, string? Reference, IReadOnlyDictionary<string, string>? Fields = null);
