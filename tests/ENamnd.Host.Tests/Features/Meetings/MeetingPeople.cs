using ENamnd.Activities.People;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>A small committee and preparation group for the meeting tests (example.org addresses, roles only).</summary>
internal static class MeetingPeople
{
    public static IReadOnlyList<Participant> All { get; } =
    [
        Person("ordforande", "Ordförande", null, Role.Ordforande),
        Person("ersattare-kalix", "Ersättare Kalix", "2514", Role.Ersattare),
        Person("ledamot-kalix", "Ledamot Kalix", "2514", Role.Ledamot) with { SubstituteId = "ersattare-kalix" },
        Person("ledamot-boden", "Ledamot Boden", "2582", Role.Ledamot),
        Person("sekreterare", "Sekreterare", null, Role.Sekreterare),
        Person("beredning-kalix", "Representant Kalix", "2514", Role.Beredningsgrupp),
    ];

    /// <summary>Those called to a committee meeting.</summary>
    public static string[] Committee { get; } = ["ersattare-kalix", "ledamot-boden", "ledamot-kalix", "ordforande", "sekreterare"];

    private static Participant Person(string id, string name, string? municipality, Role role) => new()
    {
        Id = id,
        Name = name,
        Email = $"{id}@example.org",
        MunicipalityCode = municipality,
        Roles = [new RoleAssignment(role)],
    };
}
