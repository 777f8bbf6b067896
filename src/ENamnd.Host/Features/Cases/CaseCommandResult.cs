using ENamnd.Host.Infrastructure.Http;

namespace ENamnd.Host.Features.Cases;

/// <summary>What a case command did: done (with the case id), or why not.</summary>
public sealed record CaseCommandResult(CaseCommandStatus Status, string? CaseId, IReadOnlyList<string> Errors)
{
    public static CaseCommandResult Done(string caseId) => new(CaseCommandStatus.Done, caseId, []);
    public static CaseCommandResult Invalid(IReadOnlyList<string> errors) => new(CaseCommandStatus.Invalid, null, errors);
    public static CaseCommandResult NotFound(string error) => new(CaseCommandStatus.NotFound, null, [error]);
    public static CaseCommandResult Conflict(string error) => new(CaseCommandStatus.Conflict, null, [error]);

    /// <summary>The answer for an endpoint: what <paramref name="done"/> makes of the case when it worked, a Swedish problem otherwise.</summary>
    public async Task<IResult> ToResultAsync(Func<string, Task<IResult>> done) => Status switch
    {
        CaseCommandStatus.Done => await done(CaseId!),
        CaseCommandStatus.NotFound => Problems.NotFound(Errors[0]),
        CaseCommandStatus.Conflict => Problems.Conflict(Errors[0]),
        _ => Problems.Invalid(Errors.Count == 1 ? Errors[0] : "Ärendet är inte giltigt.", Errors),
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
