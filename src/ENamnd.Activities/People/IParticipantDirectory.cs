namespace ENamnd.Activities.People;

/// <summary>Finds the people who hold roles, for activities that address roles rather than people.</summary>
public interface IParticipantDirectory
{
    /// <summary>The holders of a role, optionally of one municipality (code) and for one case.</summary>
    Task<IReadOnlyList<Participant>> FindByRoleAsync(Role role, string? municipalityCode = null, string? caseNumber = null, CancellationToken cancellationToken = default);

    /// <summary>A participant by email address.</summary>
    Task<Participant?> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>A participant by id.</summary>
    Task<Participant?> FindByIdAsync(string id, CancellationToken cancellationToken = default);
}
