namespace ENamnd.Engine.Model;

/// <summary>Which versions of a definition a query selects (Elsa's <c>VersionOptions</c>).</summary>
public readonly record struct VersionOptions
{
    private VersionOptions(string name, int? version) => (Name, Version) = (name, version);

    /// <summary>The option's name, or the version number as text.</summary>
    public string Name { get; }

    /// <summary>The exact version selected, if any.</summary>
    public int? Version { get; }

    public static VersionOptions Latest { get; } = new("Latest", null);
    public static VersionOptions Published { get; } = new("Published", null);
    public static VersionOptions LatestOrPublished { get; } = new("LatestOrPublished", null);
    public static VersionOptions LatestAndPublished { get; } = new("LatestAndPublished", null);
    public static VersionOptions Draft { get; } = new("Draft", null);
    public static VersionOptions AllVersions { get; } = new("AllVersions", null);

    /// <summary>Exactly one version number.</summary>
    public static VersionOptions SpecificVersion(int version) => new(version.ToString(System.Globalization.CultureInfo.InvariantCulture), version);

    /// <summary>Parses a name (any case) or a version number; null or empty means <see cref="Latest"/>.</summary>
    public static bool TryParse(string? text, out VersionOptions options)
    {
        options = Latest;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (int.TryParse(text, out var number) && number > 0)
        {
            options = SpecificVersion(number);
            return true;
        }
        VersionOptions[] named = [Latest, Published, LatestOrPublished, LatestAndPublished, Draft, AllVersions];
        foreach (var candidate in named)
        {
            if (!string.Equals(candidate.Name, text, StringComparison.OrdinalIgnoreCase)) continue;
            options = candidate;
            return true;
        }
        return false;
    }

    /// <summary>Whether a definition version is selected by these options.</summary>
    public bool Matches(WorkflowDefinition definition) => Name switch
    {
        "Latest" => definition.IsLatest,
        "Published" => definition.IsPublished,
        "LatestOrPublished" => definition.IsLatest || definition.IsPublished,
        "LatestAndPublished" => definition.IsLatest && definition.IsPublished,
        "Draft" => !definition.IsPublished,
        "AllVersions" => true,
        _ => definition.Version == Version,
    };

    /// <inheritdoc />
    public override string ToString() => Name;
}
