using ENamnd.Activities.People;

namespace ENamnd.Host.Features.Participants;

/// <summary>
/// The whole participant directory as read at one moment, answering as <see cref="EfParticipantDirectory"/> does, for a job
/// that looks up many people in one run (thousands of recipient look-ups without a query each). It does not see later
/// changes: make one per run.
/// </summary>
public sealed class ParticipantSnapshot : IParticipantDirectory
{
    private readonly IReadOnlyList<Participant> all;
    private readonly Dictionary<string, Participant> byEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Participant> byId = new(StringComparer.Ordinal);

    /// <summary>A snapshot of <paramref name="participants"/>, ordered as the directory orders its answers.</summary>
    public ParticipantSnapshot(IEnumerable<Participant> participants)
    {
        all = [.. participants.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)];
        foreach (var participant in all)
        {
            // Addresses are unique in their normalized form, ids always.
            byEmail[EfParticipantDirectory.NormalizeEmail(participant.Email)] = participant;
            byId[participant.Id] = participant;
        }
    }

    /// <summary>How many participants it holds.</summary>
    public int Count => all.Count;

    /// <inheritdoc />
    public Task<IReadOnlyList<Participant>> FindByRoleAsync(Role role, string? municipalityCode = null, string? caseNumber = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Participant>>([.. all.Where(p =>
            (municipalityCode is null || p.MunicipalityCode == municipalityCode) && p.Roles.Any(r => r.Role == role && r.CaseNumber == caseNumber))]);

    /// <inheritdoc />
    public Task<Participant?> FindByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        Task.FromResult(byEmail.GetValueOrDefault(EfParticipantDirectory.NormalizeEmail(email)));

    /// <inheritdoc />
    public Task<Participant?> FindByIdAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(byId.GetValueOrDefault(id));
}
