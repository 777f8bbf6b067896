using System.ComponentModel.DataAnnotations;

namespace ENamnd.Host.Features.Tasks;

/// <summary>The body of <c>POST /api/tasks/{taskId}/complete</c>: the link token, the outcome, and optionally a comment, a decision reference and the task's further fields by name.</summary>
public sealed record CompleteTaskRequest(string? Token, string? Outcome, [property: DataType(DataType.MultilineText)] string? Comment, string? Reference,
    [property: DataType(DataType.MultilineText)] IReadOnlyDictionary<string, string>? Fields = null);
