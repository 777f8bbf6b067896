using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Tasks;

/// <summary>
/// What opening or answering a task came to: the access, the task (when the token matched), a Swedish error for an
/// invalid answer, and for a taken answer the outcome recorded (spelled as the declared choice).
/// </summary>
public sealed record TaskResult(TaskAccess Access, TaskRow? Task = null, string? Error = null, string? Outcome = null);
