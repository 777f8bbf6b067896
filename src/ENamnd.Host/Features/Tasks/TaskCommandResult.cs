using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.Tasks;

/// <summary>What a coordinator's command on a task came to: done (with a Swedish confirmation), or why not.</summary>
public sealed record TaskCommandResult(TaskCommandStatus Status, string Message)
{
    public static TaskCommandResult Done(string message) => new(TaskCommandStatus.Done, message);
    public static TaskCommandResult Invalid(string error) => new(TaskCommandStatus.Invalid, error);
    public static TaskCommandResult NotFound(string error) => new(TaskCommandStatus.NotFound, error);
    public static TaskCommandResult Conflict(string error) => new(TaskCommandStatus.Conflict, error);

    /// <summary>The answer for an endpoint: the task as it now stands when the command ran, a Swedish problem otherwise.</summary>
    public async Task<Results<Ok<TaskView>, ValidationProblem, ProblemHttpResult>> ToResultAsync(Func<Task<TaskView>> done) => Status switch
    {
        TaskCommandStatus.Done => TypedResults.Ok(await done()),
        TaskCommandStatus.NotFound => ApiProblems.NotFound(Message),
        TaskCommandStatus.Conflict => ApiProblems.Conflict(Message),
        _ => ApiProblems.Invalid(Message),
    };
}

/// <summary>How a command on a task ended.</summary>
public enum TaskCommandStatus
{
    Done,
    Invalid,
    NotFound,
    Conflict,
}
