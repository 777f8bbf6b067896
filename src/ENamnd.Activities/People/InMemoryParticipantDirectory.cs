using System.Collections.Concurrent;

namespace ENamnd.Activities.People;

/// <summary>A participant directory in memory: the default for tests and until a host registers a durable one. A case-scoped role answers only queries for that case.</summary>
public sealed class InMemoryParticipantDirectory : IParticipantDirectory
{
    private readonly ConcurrentDictionary<string, Participant> participants = new();

    /// <summary>Adds or replaces a participant.</summary>
    public InMemoryParticipantDirectory Save(Participant participant)
    {
        participants[participant.Id] = participant;
        return this;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Participant>> FindByRoleAsync(Role role, string? municipalityCode = null, string? caseNumber = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Participant>>(participants.Values
            .Where(p => (municipalityCode is null || p.MunicipalityCode == municipalityCode)
                && p.Roles.Any(r => r.Role == role && r.CaseNumber == caseNumber))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList());

    /// <inheritdoc />
    public Task<Participant?> FindByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        Task.FromResult(participants.Values.FirstOrDefault(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase)));

    /// <inheritdoc />
    public Task<Participant?> FindByIdAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(participants.GetValueOrDefault(id));
}
