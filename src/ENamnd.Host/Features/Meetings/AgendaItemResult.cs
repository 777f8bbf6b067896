using ENamnd.Activities.Meetings;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.Meetings;

/// <summary>What became of a change to an agenda: the item as it now is, or the Swedish reasons it was refused.</summary>
public sealed record AgendaItemResult(AgendaItemStatus Status, AgendaEntry? Entry, IReadOnlyList<string> Errors)
{
    public static AgendaItemResult Done(AgendaEntry entry) => new(AgendaItemStatus.Done, entry, []);
    public static AgendaItemResult Invalid(IReadOnlyList<string> errors) => new(AgendaItemStatus.Invalid, null, errors);
    public static AgendaItemResult NotFound(string error) => new(AgendaItemStatus.NotFound, null, [error]);
    public static AgendaItemResult Conflict(string error) => new(AgendaItemStatus.Conflict, null, [error]);

    /// <summary>The answer for an endpoint: <paramref name="done"/> of the item when it worked, a Swedish problem otherwise.</summary>
    public Results<TDone, ValidationProblem, ProblemHttpResult> ToResult<TDone>(Func<AgendaEntry, TDone> done)
        where TDone : IResult => Status switch
    {
        AgendaItemStatus.Done => done(Entry!),
        AgendaItemStatus.NotFound => ApiProblems.NotFound(Errors[0]),
        AgendaItemStatus.Conflict => ApiProblems.Conflict(Errors[0]),
        _ => ApiProblems.Invalid(Errors.Count == 1 ? Errors[0] : "Punkten är ogiltig.", Errors),
    };
}

/// <summary>How a change to an agenda ended.</summary>
public enum AgendaItemStatus
{
    Done,
    Invalid,
    NotFound,
    Conflict,
}
