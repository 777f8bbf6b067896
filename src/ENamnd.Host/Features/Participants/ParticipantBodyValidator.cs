using System.Net.Mail;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;

namespace ENamnd.Host.Features.Participants;

/// <summary>Checks a <see cref="ParticipantBody"/> and builds the participant; every problem is reported, in Swedish.</summary>
internal static class ParticipantBodyValidator
{
    /// <summary>Roles held on behalf of a municipality, which therefore need one (ledamot, ersättare, beredningsgrupp).</summary>
    private static readonly HashSet<Role> MunicipalRoles = [Role.Ledamot, Role.Ersattare, Role.Beredningsgrupp];

    /// <summary>The participant <paramref name="id"/> as described by <paramref name="body"/>, or the errors that stop it.</summary>
    public static async Task<(Participant? Participant, IReadOnlyList<string> Errors)> ValidateAsync(
        ParticipantBody body, string id, EfParticipantDirectory directory, MunicipalityRegistry municipalities, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var name = body.Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add("Namn saknas.");

        var email = body.Email?.Trim();
        if (string.IsNullOrEmpty(email)) errors.Add("E-postadress saknas.");
        else if (!IsPlainAddress(email)) errors.Add($"Ogiltig e-postadress: '{email}'.");
        else if (await directory.FindByEmailAsync(email, cancellationToken) is { } holder && holder.Id != id) errors.Add(EmailTaken(email));

        Municipality? municipality = null;
        var municipalityText = body.Municipality?.Trim();
        if (!string.IsNullOrEmpty(municipalityText))
        {
            municipality = municipalities.Find(municipalityText);
            if (municipality is null) errors.Add($"Okänd kommun: '{municipalityText}'.");
        }

        var roles = new List<RoleAssignment>();
        foreach (var item in body.Roles ?? [])
        {
            var roleText = item?.Role?.Trim();
            if (string.IsNullOrEmpty(roleText))
            {
                errors.Add("En roll saknar namn (role).");
                continue;
            }
            if (RoleNames.Parse(roleText) is not { } role)
            {
                errors.Add($"Okänd roll: '{roleText}'.");
                continue;
            }
            if (MunicipalRoles.Contains(role) && string.IsNullOrEmpty(municipalityText))
                errors.Add($"Rollen {RoleNames.Swedish(role)} kräver en kommun (municipality).");
            var caseNumber = item!.CaseNumber?.Trim();
            var assignment = new RoleAssignment(role, string.IsNullOrEmpty(caseNumber) ? null : caseNumber);
            if (!roles.Contains(assignment)) roles.Add(assignment);
        }

        var substituteId = body.SubstituteId?.Trim();
        if (string.IsNullOrEmpty(substituteId)) substituteId = null;
        else if (substituteId == id) errors.Add("En deltagare kan inte vara sin egen ersättare (substituteId).");
        else if (await directory.FindByIdAsync(substituteId, cancellationToken) is null) errors.Add($"Ersättaren '{substituteId}' (substituteId) finns inte.");

        if (errors.Count > 0) return (null, errors);
        return (new Participant
        {
            Id = id,
            Name = name!,
            Email = email!,
            MunicipalityCode = municipality?.Code,
            Roles = roles,
            SubstituteId = substituteId,
        }, errors);
    }

    /// <summary>The message for an address another participant already has.</summary>
    public static string EmailTaken(string email) => $"E-postadressen '{email}' används redan av en annan deltagare.";

    // Only a bare address: "Namn <a@b>" or anything the parser would rewrite is refused.
    /// <summary>Whether the text is one plain address (no display name, nothing around it).</summary>
    public static bool IsPlainAddress(string email) =>
        MailAddress.TryCreate(email, out var address) && address.Address == email && string.IsNullOrEmpty(address.DisplayName);
}
