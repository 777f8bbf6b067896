using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Http;

/// <summary>
/// What a command of the application came to: done, with what it made (<paramref name="Value"/>), or refused with its
/// Swedish reasons. Pages read it as it is; endpoints turn it into a typed result with <see cref="ToResult{TDone}"/>.
/// </summary>
public sealed record CommandResult<T>(CommandStatus Status, T? Value, IReadOnlyList<string> Errors)
{
    public static CommandResult<T> Done(T value) => new(CommandStatus.Done, value, []);
    public static CommandResult<T> Invalid(IReadOnlyList<string> errors) => new(CommandStatus.Invalid, default, errors);
    public static CommandResult<T> Invalid(string error) => Invalid([error]);
    public static CommandResult<T> NotFound(string error) => new(CommandStatus.NotFound, default, [error]);
    public static CommandResult<T> Conflict(string error) => new(CommandStatus.Conflict, default, [error]);

    /// <summary>
    /// Refused because <paramref name="request"/> has text <see cref="RequestText"/> does not take, or null when its text
    /// is fine: a command's first check, so its page and its endpoint hold to the same rule.
    /// </summary>
    public static CommandResult<T>? RefusedText(object request) =>
        RequestText.Check(request) is { Count: > 0 } errors ? Invalid(RequestText.Messages(errors)) : null;

    /// <summary>Whether the command was done.</summary>
    public bool IsDone => Status == CommandStatus.Done;

    /// <summary>The refusal in one Swedish sentence or more; null when done.</summary>
    public string? Error => Errors.Count == 0 ? null : string.Join(" ", Errors);

    /// <summary>
    /// The answer for an endpoint: what <paramref name="done"/> makes of the value when it was done, else a Swedish
    /// problem (a 400 summed up as <paramref name="invalid"/> when there are several reasons, a 404 or a 409).
    /// </summary>
    public Results<TDone, ValidationProblem, ProblemHttpResult> ToResult<TDone>(Func<T, TDone> done, string invalid)
        where TDone : IResult => IsDone ? done(Value!) : Problem<TDone>(invalid);

    /// <summary>As <see cref="ToResult{TDone}"/>, for a <paramref name="done"/> that reads what the command made.</summary>
    public async Task<Results<TDone, ValidationProblem, ProblemHttpResult>> ToResultAsync<TDone>(Func<T, Task<TDone>> done, string invalid)
        where TDone : IResult => IsDone ? await done(Value!) : Problem<TDone>(invalid);

    private Results<TDone, ValidationProblem, ProblemHttpResult> Problem<TDone>(string invalid) where TDone : IResult => Status switch
    {
        CommandStatus.NotFound => ApiProblems.NotFound(Errors[0]),
        CommandStatus.Conflict => ApiProblems.Conflict(Errors[0]),
        _ => ApiProblems.Invalid(Errors.Count == 1 ? Errors[0] : invalid, Errors),
    };
}

/// <summary>How a command ended.</summary>
public enum CommandStatus
{
    Done,
    Invalid,
    NotFound,
    Conflict,
}
