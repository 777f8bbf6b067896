using ENamnd.Activities.Tasks;

namespace ENamnd.Host.Features.Tasks;

/// <summary>The answer of a successful <c>POST /api/tasks/{taskId}/complete</c>.</summary>
public sealed record CompleteTaskResponse(string TaskId, string Outcome, HumanTaskStatus Status);
