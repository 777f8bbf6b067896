using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.People;

/// <summary>
/// A recipient list as people read it, never in its <c>roll:</c> syntax: <c>roll:samordnare</c> is "e-samordnaren (Eva Ek)"
/// while someone holds the role and "e-samordnaren" while nobody does, <c>roll:styrgrupp@ärendet</c> "ärendets styrgrupp (…)",
/// an address the person's name with the address.
/// </summary>
public sealed class RecipientNames(RecipientResolver resolver)
{
    private const string RolePrefix = "roll:";

    /// <summary>The list in words; an item with alternatives (<c>a | b</c>) is the first that names someone.</summary>
    public async Task<string> DescribeAsync(string? recipients, string? caseNumber, CancellationToken cancellationToken = default)
    {
        var items = new List<string>();
        foreach (var item in (recipients ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var text = await ItemAsync(item, caseNumber, cancellationToken);
            if (!items.Contains(text, StringComparer.Ordinal)) items.Add(text);
        }
        return Join(items);
    }

    /// <summary>A role item (<c>roll:x</c>, optionally <c>@scope</c>) in words, without its holders; null for an address.</summary>
    public static string? RoleText(string item)
    {
        if (!item.StartsWith(RolePrefix, StringComparison.OrdinalIgnoreCase)) return null;
        var text = item[RolePrefix.Length..].Trim();
        var at = text.IndexOf('@');
        var name = at < 0 ? text : text[..at].Trim();
        var scope = at < 0 ? null : text[(at + 1)..].Trim();
        if (RoleNames.Parse(name) is not { } role) return $"rollen {name}";
        return scope switch
        {
            null or "" => RoleNames.Definite(role),
            "ärendet" or "arendet" => $"ärendets {RoleNames.Swedish(role)}",
            _ => $"{RoleNames.Definite(role)} ({scope})",
        };
    }

    private async Task<string> ItemAsync(string item, string? caseNumber, CancellationToken cancellationToken)
    {
        var alternatives = item.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var alternative in alternatives)
        {
            IReadOnlyList<TaskRecipient> people;
            try
            {
                people = await resolver.ResolveAsync(alternative, caseNumber, cancellationToken);
            }
            catch (ActivityFaultException)
            {
                // Nobody holds it (or it cannot be looked up here): the next alternative, else the role in words.
                continue;
            }
            return RoleText(alternative) is { } role
                ? $"{role} ({Join([.. people.Select(p => p.Name is { Length: > 0 } name ? name : p.Email)])})"
                : Join([.. people.Select(p => p.Name is { Length: > 0 } name ? $"{name} ({p.Email})" : p.Email)]);
        }
        return string.Join(" eller ", alternatives.Select(a => RoleText(a) ?? a));
    }

    // "A", "A och B", "A, B och C".
    private static string Join(IReadOnlyList<string> parts) =>
        parts.Count <= 1 ? string.Concat(parts) : $"{string.Join(", ", parts.Take(parts.Count - 1))} och {parts[^1]}";
}
