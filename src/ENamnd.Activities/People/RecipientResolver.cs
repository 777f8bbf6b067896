using System.Net.Mail;
using ENamnd.Activities.Municipalities;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.People;

/// <summary>
/// Turns a recipient list into people. Items are separated by comma, semicolon or new line; each is an
/// email address or a role: <c>roll:styrgrupp@ärendet</c> (the steering group of the current case),
/// <c>roll:beredningsgrupp@Kalix</c> (by municipality name or code), <c>roll:sekreterare</c>. An item may
/// name alternatives separated by <c>|</c>: <c>roll:styrgrupp@ärendet | roll:samordnare</c> is the
/// steering group, or the coordinator while the case has none.
/// </summary>
public sealed class RecipientResolver(IParticipantDirectory directory, MunicipalityRegistry municipalities)
{
    private const string RolePrefix = "roll:";

    /// <summary>The recipients of a list; an unknown role or municipality, or a role nobody holds, faults with a Swedish message.</summary>
    public async Task<IReadOnlyList<TaskRecipient>> ResolveAsync(string? recipients, string? caseNumber, CancellationToken cancellationToken = default)
    {
        var result = await ResolveHeldAsync(recipients, caseNumber, skipUnheld: false, cancellationToken);
        return result.Count > 0 ? result : throw new ActivityFaultException("Inga mottagare är angivna.");
    }

    /// <summary>
    /// The recipients of a list for a message that goes to whoever there is (a decision notice, a remark): an item whose
    /// role nobody holds is skipped, and the list may come to nobody; an unknown role or municipality, or a bad address,
    /// still faults with a Swedish message.
    /// </summary>
    public Task<IReadOnlyList<TaskRecipient>> ResolveHeldAsync(string? recipients, string? caseNumber, CancellationToken cancellationToken = default) =>
        ResolveHeldAsync(recipients, caseNumber, skipUnheld: true, cancellationToken);

    private async Task<IReadOnlyList<TaskRecipient>> ResolveHeldAsync(string? recipients, string? caseNumber, bool skipUnheld, CancellationToken cancellationToken)
    {
        var result = new List<TaskRecipient>();
        foreach (var item in (recipients ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var found = await FirstHeldAsync(item.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), caseNumber, skipUnheld, cancellationToken);
            result.AddRange(found.Where(r => result.All(e => !string.Equals(e.Email, r.Email, StringComparison.OrdinalIgnoreCase))));
        }
        return result;
    }

    // The first alternative that names someone; when none does, the last one's reason. A mistyped alternative (an
    // unknown role or municipality, a bad address) faults at once rather than passing silently to the next.
    private async Task<IReadOnlyList<TaskRecipient>> FirstHeldAsync(string[] alternatives, string? caseNumber, bool skipUnheld, CancellationToken cancellationToken)
    {
        string? nobody = null;
        foreach (var alternative in alternatives)
        {
            var (found, reason) = await OneAsync(alternative, caseNumber, cancellationToken);
            if (found.Count > 0) return found;
            nobody = reason;
        }
        return nobody is null || skipUnheld ? [] : throw new ActivityFaultException(nobody);
    }

    private async Task<(IReadOnlyList<TaskRecipient> Found, string? Nobody)> OneAsync(string item, string? caseNumber, CancellationToken cancellationToken) =>
        item.StartsWith(RolePrefix, StringComparison.OrdinalIgnoreCase)
            ? await ByRoleAsync(item[RolePrefix.Length..], caseNumber, cancellationToken)
            : ([await ByAddressAsync(item, cancellationToken)], null);

    /// <summary>
    /// Checks the form of one recipient, as a validator must before anyone is looked up: an exact email address,
    /// or <c>roll:</c> and a known role (with an optional <c>@scope</c>). Returns null when it is fine, else the
    /// unknown role's name, or the empty string when it is neither a role nor an address.
    /// </summary>
    public static string? SyntaxProblem(string recipient)
    {
        if (recipient.StartsWith(RolePrefix, StringComparison.OrdinalIgnoreCase))
        {
            var role = recipient[RolePrefix.Length..].Split('@')[0];
            return RoleNames.Parse(role) is null ? role : null;
        }
        return MailAddress.TryCreate(recipient, out var address) && address.Address == recipient ? null : "";
    }

    /// <summary>A participant as a task recipient.</summary>
    public static TaskRecipient ToRecipient(Participant participant) =>
        new(participant.Email, participant.Name, participant.MunicipalityCode, participant.Id);

    // The holders of a role, with the reason when nobody holds it.
    private async Task<(IReadOnlyList<TaskRecipient> Found, string? Nobody)> ByRoleAsync(string text, string? caseNumber, CancellationToken cancellationToken)
    {
        var at = text.IndexOf('@');
        var roleName = at < 0 ? text : text[..at];
        var scope = at < 0 ? null : text[(at + 1)..].Trim();
        var role = RoleNames.Parse(roleName) ?? throw new ActivityFaultException($"Okänd roll: '{roleName}'.");
        string? municipality = null;
        string? forCase = null;
        if (scope is "ärendet" or "arendet")
        {
            forCase = caseNumber ?? throw new ActivityFaultException($"Rollen '{text}' gäller ärendet, men instansen har inget ärendenummer.");
        }
        else if (!string.IsNullOrEmpty(scope))
        {
            municipality = (municipalities.Find(scope) ?? throw new ActivityFaultException($"Okänd kommun: '{scope}'.")).Code;
        }
        var holders = await directory.FindByRoleAsync(role, municipality, forCase, cancellationToken);
        return ([.. holders.Select(ToRecipient)], $"Ingen person har rollen {RoleNames.Swedish(role)}{(scope is null ? "" : $" ({scope})")}.");
    }

    private async Task<TaskRecipient> ByAddressAsync(string text, CancellationToken cancellationToken)
    {
        if (!MailAddress.TryCreate(text, out var address)) throw new ActivityFaultException($"Ogiltig e-postadress: '{text}'.");
        var known = await directory.FindByEmailAsync(address.Address, cancellationToken);
        return known is not null ? ToRecipient(known) : new TaskRecipient(address.Address, string.IsNullOrEmpty(address.DisplayName) ? null : address.DisplayName);
    }
}
