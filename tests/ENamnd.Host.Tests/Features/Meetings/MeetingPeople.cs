using ENamnd.Activities.People;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>A small committee and preparation group, with the e-samordnare, for the meeting tests (example.org addresses, roles only).</summary>
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
        Person("samordnare", "Samordnare", null, Role.Esamordnare),
    ];

    /// <summary>Those called to a committee meeting, the e-samordnare as its föredragande among them.</summary>
    public static string[] Committee { get; } = ["ersattare-kalix", "ledamot-boden", "ledamot-kalix", "ordforande", "samordnare", "sekreterare"];

    /// <summary>Those called to a preparation group meeting.</summary>
    public static string[] PreparationGroup { get; } = ["beredning-kalix", "samordnare"];

    private static Participant Person(string id, string name, string? municipality, Role role) => new()
    {
        Id = id,
        Name = name,
        Email = $"{id}@example.org",
        MunicipalityCode = municipality,
        Roles = [new RoleAssignment(role)],
    };
}
