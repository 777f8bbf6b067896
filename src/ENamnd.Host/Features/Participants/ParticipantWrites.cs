using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Engine.Runtime;
using ENamnd.Http;

namespace ENamnd.Host.Features.Participants;

/// <summary>Adds or replaces a participant from a <see cref="ParticipantBody"/>: checked, then written; the API and the Personer page both use it.</summary>
public static class ParticipantWrites
{
    /// <summary>What a save did: the participant written, or why nothing was (the errors, or <see cref="ParticipantWriteOutcome.NotFound"/>).</summary>
    public sealed record Result(Participant? Saved, ParticipantWriteOutcome Outcome, IReadOnlyList<string> Errors);

    /// <summary>Adds a new participant (<paramref name="id"/> null) or replaces participant <paramref name="id"/>.</summary>
    public static async Task<Result> SaveAsync(ParticipantBody body, string? id, EfParticipantDirectory directory, MunicipalityRegistry municipalities, CancellationToken cancellationToken)
    {
        if (RequestText.Check(body) is { Count: > 0 } text) return new Result(null, ParticipantWriteOutcome.Saved, RequestText.Messages(text));
        var (participant, errors) = await ParticipantBodyValidator.ValidateAsync(body, id ?? IdGenerator.NewId(), directory, municipalities, cancellationToken);
        if (participant is null) return new Result(null, ParticipantWriteOutcome.Saved, errors);
        var outcome = id is null ? await directory.AddAsync([participant], cancellationToken) : await directory.ReplaceAsync(participant, cancellationToken);
        return outcome switch
        {
            ParticipantWriteOutcome.Saved => new Result(participant, outcome, []),
            ParticipantWriteOutcome.NotFound => new Result(null, outcome, [$"Deltagaren '{id}' finns inte."]),
            _ => new Result(null, outcome, [ParticipantBodyValidator.EmailTaken(participant.Email)]),
        };
    }
}
