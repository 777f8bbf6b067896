namespace ENamnd.Activities.Municipalities;

/// <summary>The member municipalities (medlemskommuner) and their population figures; finds them by code or name.</summary>
public sealed class MunicipalityRegistry
{
    private static readonly Lazy<MunicipalityRegistry> Embedded = new(() => new MunicipalityRegistry(MunicipalityCsv.ReadEmbedded()));

    private readonly Dictionary<string, Municipality> byCode;
    private readonly Dictionary<string, Municipality> byName;

    /// <summary>Creates a registry over the given municipalities; codes and names must be unique and every municipality must have the same years.</summary>
    public MunicipalityRegistry(IEnumerable<Municipality> municipalities)
    {
        All = [.. municipalities];
        if (All.Count == 0)
        {
            throw new ArgumentException("A municipality registry needs at least one municipality.", nameof(municipalities));
        }

        PopulationYears = [.. All[0].Populations.Keys.Order()];
        if (All.Any(municipality => !municipality.Populations.Keys.Order().SequenceEqual(PopulationYears)))
        {
            throw new ArgumentException("Every municipality must have population figures for the same years.", nameof(municipalities));
        }

        byCode = Index(All, municipality => municipality.Code, "code");
        byName = Index(All, municipality => municipality.Name, "name");
    }

    /// <summary>The registry of the 14 municipalities in Norrbotten, read once from the embedded reference CSV.</summary>
    public static MunicipalityRegistry Default => Embedded.Value;

    /// <summary>All municipalities in reference-data (CSV) order.</summary>
    public IReadOnlyList<Municipality> All { get; }

    /// <summary>The years (population at 31 December) the reference data covers, ascending.</summary>
    public IReadOnlyList<int> PopulationYears { get; }

    /// <summary>The municipality with this code ("2580") or exact name ("Luleå", any letter case); null when unknown.</summary>
    /// <remarks>No accent folding: "Lulea" is not "Luleå". Surrounding spaces are ignored and the input is Unicode-normalised (NFC).</remarks>
    public Municipality? Find(string codeOrName)
    {
        ArgumentNullException.ThrowIfNull(codeOrName);
        var key = codeOrName.Trim().Normalize();
        return byCode.GetValueOrDefault(key) ?? byName.GetValueOrDefault(key);
    }

    /// <summary>The municipalities for these codes or names, in the same order; throws listing every one that is unknown.</summary>
    public IReadOnlyList<Municipality> Resolve(IEnumerable<string> codesOrNames)
    {
        ArgumentNullException.ThrowIfNull(codesOrNames);
        var found = new List<Municipality>();
        var unknown = new List<string>();
        foreach (var codeOrName in codesOrNames)
        {
            if (codeOrName is not null && Find(codeOrName) is { } municipality)
            {
                found.Add(municipality);
            }
            else
            {
                unknown.Add(codeOrName ?? string.Empty);
            }
        }

        return unknown.Count == 0 ? found : throw new UnknownMunicipalityException(unknown);
    }

    private static Dictionary<string, Municipality> Index(IEnumerable<Municipality> municipalities, Func<Municipality, string> key, string what)
    {
        // Ordinal ignore-case maps Å/å, Ä/ä and Ö/ö to each other, which is all Swedish names need.
        var index = new Dictionary<string, Municipality>(StringComparer.OrdinalIgnoreCase);
        foreach (var municipality in municipalities)
        {
            if (!index.TryAdd(key(municipality).Normalize(), municipality))
            {
                throw new ArgumentException($"Two municipalities share the {what} '{key(municipality)}'.", nameof(municipalities));
            }
        }

        return index;
    }
}
