namespace ENamnd.Host.Features.Tasks;

/// <summary>The body of <c>POST /api/tasks/{taskId}/reassign</c>: the new recipient's address, and a name for someone not in the directory.</summary>
public sealed record ReassignTaskRequest(string? Email, string? Name);
