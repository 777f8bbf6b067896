using System.Globalization;
using System.Text;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;

namespace ENamnd.Host.Features.Participants;

/// <summary>
/// Invented people for trying the system out: per municipality a beredningsgrupp representative, a ledamot and an
/// ersättare (the ledamot's substitute), plus an e-samordnare, a sekreterare and an ordförande. All addresses are
/// at example.org; none is a real person.
/// </summary>
public static class DemoParticipants
{
    private const string Domain = "example.org";

    /// <summary>What every demo person's id starts with.</summary>
    public const string IdPrefix = "demo-";

    /// <summary>The demo people for the given municipalities; ids are stable ("demo-…"), so seeding twice cannot duplicate them.</summary>
    public static IReadOnlyList<Participant> For(MunicipalityRegistry municipalities)
    {
        var people = new List<Participant>();
        foreach (var municipality in municipalities.All)
        {
            var slug = AsciiSlug(municipality.Name);
            var ersattareId = $"{IdPrefix}ersattare-{municipality.Code}";
            people.Add(Person($"{IdPrefix}beredning-{municipality.Code}", $"Representant {municipality.Name}", $"beredning.{slug}", municipality.Code, Role.Beredningsgrupp));
            people.Add(Person($"{IdPrefix}ledamot-{municipality.Code}", $"Ledamot {municipality.Name}", $"ledamot.{slug}", municipality.Code, Role.Ledamot) with { SubstituteId = ersattareId });
            people.Add(Person(ersattareId, $"Ersättare {municipality.Name}", $"ersattare.{slug}", municipality.Code, Role.Ersattare));
        }
        people.Add(Person($"{IdPrefix}esamordnare", "Samordnare E-kontoret", "e-samordnare", null, Role.Esamordnare));
        people.Add(Person($"{IdPrefix}sekreterare", "Sekreterare E-nämnden", "sekreterare", null, Role.Sekreterare));
        people.Add(Person($"{IdPrefix}ordforande", "Ordförande E-nämnden", "ordforande", null, Role.Ordforande));
        return people;
    }

    /// <summary>"Övertorneå" → "overtornea": lower case, accents dropped, anything else not a letter or digit removed.</summary>
    public static string AsciiSlug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    private static Participant Person(string id, string name, string mailbox, string? municipalityCode, Role role) => new()
    {
        Id = id,
        Name = name,
        Email = $"{mailbox}@{Domain}",
        MunicipalityCode = municipalityCode,
        Roles = [new RoleAssignment(role)],
    };
}
