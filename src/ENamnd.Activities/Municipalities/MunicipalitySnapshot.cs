namespace ENamnd.Activities.Municipalities;

/// <summary>The municipalities with the shipped and the imported population figures merged, as a registry reads them at one moment.</summary>
internal sealed record MunicipalitySnapshot(
    IReadOnlyList<Municipality> All,
    IReadOnlyDictionary<string, Municipality> ByCode,
    IReadOnlyList<int> Years,
    IReadOnlyList<PopulationFigures> Imported)
{
    /// <summary>The shipped municipalities with the imported years added; an imported year replaces the shipped figures of the same year.</summary>
    public static MunicipalitySnapshot Of(IReadOnlyList<Municipality> shipped, IReadOnlyList<PopulationFigures> imported)
    {
        var all = shipped.Select(municipality => imported.Count == 0 ? municipality : municipality with
        {
            Populations = Merge(municipality.Populations, imported.ToDictionary(f => f.Year, f => f.ByCode[municipality.Code])),
        }).ToList();
        var byCode = all.ToDictionary(municipality => municipality.Code, StringComparer.OrdinalIgnoreCase);
        return new MunicipalitySnapshot(all, byCode, [.. all[0].Populations.Keys.Order()], imported);
    }

    private static Dictionary<int, int> Merge(IReadOnlyDictionary<int, int> shipped, Dictionary<int, int> imported)
    {
        var merged = shipped.ToDictionary();
        foreach (var (year, population) in imported) merged[year] = population;
        return merged;
    }
}
