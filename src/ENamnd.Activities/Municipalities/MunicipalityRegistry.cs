namespace ENamnd.Activities.Municipalities;

/// <summary>
/// The member municipalities (medlemskommuner) and their population figures; finds them by code or name. The figures are
/// the shipped reference data and the years the coordinator imported (<see cref="UseImportedPopulations"/>), an imported
/// year replacing the shipped one; codes and names never change.
/// </summary>
public sealed class MunicipalityRegistry
{
    private static readonly Lazy<MunicipalityRegistry> Embedded = new(() => new MunicipalityRegistry(MunicipalityCsv.ReadEmbedded(), acceptsImports: false));

    private readonly IReadOnlyList<Municipality> shipped;
    private readonly bool acceptsImports;
    private readonly Dictionary<string, string> codeByName;

    // Replaced whole, never changed: a reader sees the figures before or after an import, never half of one.
    private volatile MunicipalitySnapshot current;

    /// <summary>Creates a registry over the given municipalities; codes and names must be unique and every municipality must have the same years.</summary>
    public MunicipalityRegistry(IEnumerable<Municipality> municipalities)
        : this(municipalities, acceptsImports: true)
    {
    }

    private MunicipalityRegistry(IEnumerable<Municipality> municipalities, bool acceptsImports)
    {
        shipped = [.. municipalities];
        if (shipped.Count == 0)
        {
            throw new ArgumentException("A municipality registry needs at least one municipality.", nameof(municipalities));
        }

        var years = shipped[0].Populations.Keys.Order().ToList();
        if (shipped.Any(municipality => !municipality.Populations.Keys.Order().SequenceEqual(years)))
        {
            throw new ArgumentException("Every municipality must have population figures for the same years.", nameof(municipalities));
        }

        // Codes must be unique too; lookups by code go through the current snapshot's own index.
        _ = Index(shipped, municipality => municipality.Code, "code");
        codeByName = Index(shipped, municipality => municipality.Name, "name");
        this.acceptsImports = acceptsImports;
        current = MunicipalitySnapshot.Of(shipped, []);
    }

    /// <summary>The registry of the 14 municipalities in Norrbotten, read once from the embedded reference CSV; it takes no imported years.</summary>
    public static MunicipalityRegistry Default => Embedded.Value;

    /// <summary>A new registry of the 14 municipalities from the embedded reference CSV, which takes imported years (one per host).</summary>
    public static MunicipalityRegistry ReadEmbedded() => new(MunicipalityCsv.ReadEmbedded());

    /// <summary>All municipalities in reference-data (CSV) order.</summary>
    public IReadOnlyList<Municipality> All => current.All;

    /// <summary>The years (population at 31 December) with figures, shipped or imported, ascending.</summary>
    public IReadOnlyList<int> PopulationYears => current.Years;

    /// <summary>The latest year with figures: the year a split by population uses unless told otherwise.</summary>
    public int LatestPopulationYear => current.Years[^1];

    /// <summary>The imported years' figures, by year ascending.</summary>
    public IReadOnlyList<PopulationFigures> ImportedPopulations => current.Imported;

    /// <summary>The municipality with this code ("2580") or exact name ("Luleå", any letter case); null when unknown.</summary>
    /// <remarks>No accent folding: "Lulea" is not "Luleå". Surrounding spaces are ignored and the input is Unicode-normalised (NFC).</remarks>
    public Municipality? Find(string codeOrName)
    {
        ArgumentNullException.ThrowIfNull(codeOrName);
        var key = codeOrName.Trim().Normalize();
        var snapshot = current;
        return snapshot.ByCode.GetValueOrDefault(key) ?? (codeByName.TryGetValue(key, out var code) ? snapshot.ByCode[code] : null);
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

    /// <summary>
    /// Sets the imported years on top of the shipped figures, replacing the imported years set before; each must have one
    /// figure for every municipality and no other. Throws on <see cref="Default"/>, which is shared and never changes.
    /// </summary>
    public void UseImportedPopulations(IEnumerable<PopulationFigures> imported)
    {
        ArgumentNullException.ThrowIfNull(imported);
        if (!acceptsImports)
        {
            throw new InvalidOperationException("The shared default registry takes no imported years; use MunicipalityRegistry.ReadEmbedded().");
        }

        List<PopulationFigures> figures = [.. imported.OrderBy(f => f.Year)];
        if (figures.Select(f => f.Year).Distinct().Count() != figures.Count)
        {
            throw new ArgumentException("An imported year is given twice.", nameof(imported));
        }

        var codes = shipped.Select(municipality => municipality.Code).ToHashSet(StringComparer.Ordinal);
        if (figures.FirstOrDefault(f => !f.ByCode.Keys.ToHashSet(StringComparer.Ordinal).SetEquals(codes) || f.ByCode.Values.Any(p => p <= 0)) is { } bad)
        {
            throw new ArgumentException($"The figures of {bad.Year} need one positive population for each of the {codes.Count} municipalities and no other.", nameof(imported));
        }

        current = MunicipalitySnapshot.Of(shipped, figures);
    }

    private static Dictionary<string, string> Index(IEnumerable<Municipality> municipalities, Func<Municipality, string> key, string what)
    {
        // Ordinal ignore-case maps Å/å, Ä/ä and Ö/ö to each other, which is all Swedish names need.
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var municipality in municipalities)
        {
            if (!index.TryAdd(key(municipality).Normalize(), municipality.Code))
            {
                throw new ArgumentException($"Two municipalities share the {what} '{key(municipality)}'.", nameof(municipalities));
            }
        }

        return index;
    }
}
