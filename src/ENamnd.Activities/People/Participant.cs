namespace ENamnd.Activities.People;

/// <summary>A person who takes part: name, address, municipality (by code) and roles.</summary>
public sealed record Participant
{
    /// <summary>The participant's id.</summary>
    public required string Id { get; init; }

    /// <summary>The full name.</summary>
    public required string Name { get; init; }

    /// <summary>The email address tasks are sent to.</summary>
    public required string Email { get; init; }

    /// <summary>The municipality code (kommunkod) the person represents, if any.</summary>
    public string? MunicipalityCode { get; init; }

    /// <summary>The roles held.</summary>
    public IReadOnlyList<RoleAssignment> Roles { get; init; } = [];

    /// <summary>A substitute to escalate to, by participant id.</summary>
    public string? SubstituteId { get; init; }
}
