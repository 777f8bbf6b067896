using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.Cases;

/// <summary>What a case command did: done (with the case id), or why not.</summary>
public sealed record CaseCommandResult(CaseCommandStatus Status, string? CaseId, IReadOnlyList<string> Errors)
{
    public static CaseCommandResult Done(string caseId) => new(CaseCommandStatus.Done, caseId, []);
    public static CaseCommandResult Invalid(IReadOnlyList<string> errors) => new(CaseCommandStatus.Invalid, null, errors);
    public static CaseCommandResult NotFound(string error) => new(CaseCommandStatus.NotFound, null, [error]);
    public static CaseCommandResult Conflict(string error) => new(CaseCommandStatus.Conflict, null, [error]);

    /// <summary>The answer for an endpoint: what <paramref name="done"/> makes of the case when it worked, a Swedish problem otherwise.</summary>
    public async Task<Results<TDone, ValidationProblem, ProblemHttpResult>> ToResultAsync<TDone>(Func<string, Task<TDone>> done)
        where TDone : IResult => Status switch
    {
        CaseCommandStatus.Done => await done(CaseId!),
        CaseCommandStatus.NotFound => ApiProblems.NotFound(Errors[0]),
        CaseCommandStatus.Conflict => ApiProblems.Conflict(Errors[0]),
        _ => ApiProblems.Invalid(Errors.Count == 1 ? Errors[0] : "Ärendet är inte giltigt.", Errors),
    };
}

/// <summary>How a case command ended.</summary>
public enum CaseCommandStatus
{
    Done,
    Invalid,
    NotFound,
    Conflict,
}
