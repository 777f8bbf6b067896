namespace ENamnd.Activities.People;

/// <summary>Role names as coordinators write them (Swedish, with or without å/ä/ö).</summary>
public static class RoleNames
{
    private static readonly Dictionary<string, Role> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ledamot"] = Role.Ledamot,
        ["ersättare"] = Role.Ersattare,
        ["ersattare"] = Role.Ersattare,
        ["beredningsgrupp"] = Role.Beredningsgrupp,
        ["beredningsgruppen"] = Role.Beredningsgrupp,
        ["e-samordnare"] = Role.Esamordnare,
        ["esamordnare"] = Role.Esamordnare,
        ["samordnare"] = Role.Esamordnare,
        ["styrgrupp"] = Role.Styrgrupp,
        ["styrgruppen"] = Role.Styrgrupp,
        ["projektledare"] = Role.Projektledare,
        ["upphandlare"] = Role.Upphandlare,
        ["sekreterare"] = Role.Sekreterare,
        ["ordförande"] = Role.Ordforande,
        ["ordforande"] = Role.Ordforande,
    };

    /// <summary>The role a name means, or null.</summary>
    public static Role? Parse(string name) => ByName.TryGetValue(name.Trim(), out var role) ? role : null;

    /// <summary>The Swedish name of a role.</summary>
    public static string Swedish(Role role) => role switch
    {
        Role.Ersattare => "ersättare",
        Role.Esamordnare => "e-samordnare",
        Role.Ordforande => "ordförande",
        _ => role.ToString().ToLowerInvariant(),
    };

    /// <summary>The Swedish name of a role in definite form, as a text names its holder: "e-samordnaren", "styrgruppen".</summary>
    public static string Definite(Role role) => role switch
    {
        Role.Ledamot => "ledamoten",
        Role.Ersattare => "ersättaren",
        Role.Beredningsgrupp => "beredningsgruppen",
        Role.Esamordnare => "e-samordnaren",
        Role.Styrgrupp => "styrgruppen",
        Role.Projektledare => "projektledaren",
        Role.Upphandlare => "upphandlaren",
        Role.Sekreterare => "sekreteraren",
        Role.Ordforande => "ordföranden",
        _ => Swedish(role),
    };
}
