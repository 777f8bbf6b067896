namespace ENamnd.Activities.Meetings;

/// <summary>Meeting body names as people write them (Swedish, any case, with or without å/ä/ö) and as pages show them.</summary>
public static class MeetingBodies
{
    private static readonly Dictionary<string, MeetingBody> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nämnd"] = MeetingBody.Namnd,
        ["nämnden"] = MeetingBody.Namnd,
        ["namnd"] = MeetingBody.Namnd,
        ["namnden"] = MeetingBody.Namnd,
        ["e-nämnden"] = MeetingBody.Namnd,
        ["beredningsgrupp"] = MeetingBody.Beredningsgrupp,
        ["beredningsgruppen"] = MeetingBody.Beredningsgrupp,
    };

    /// <summary>The body a name means, or null.</summary>
    public static MeetingBody? Parse(string? name) =>
        name is not null && ByName.TryGetValue(name.Trim(), out var body) ? body : null;

    /// <summary>The Swedish name with article, e.g. "nämnden".</summary>
    public static string Swedish(MeetingBody body) => body == MeetingBody.Namnd ? "nämnden" : "beredningsgruppen";

    /// <summary>The Swedish name as a title, e.g. "Nämnd".</summary>
    public static string Title(MeetingBody body) => body == MeetingBody.Namnd ? "Nämnd" : "Beredningsgrupp";
}
