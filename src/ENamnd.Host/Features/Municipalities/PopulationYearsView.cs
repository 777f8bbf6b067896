using ENamnd.Activities.Municipalities;

namespace ENamnd.Host.Features.Municipalities;

/// <summary>The population years there are, shipped and imported, and the one splits by population use unless told otherwise.</summary>
public sealed record PopulationYearsView(int LatestYear, IReadOnlyList<PopulationYearView> Years)
{
    /// <summary>The view of a registry's years.</summary>
    public static PopulationYearsView From(MunicipalityRegistry registry)
    {
        var imported = registry.ImportedPopulations.ToDictionary(f => f.Year);
        return new(registry.LatestPopulationYear, [.. registry.PopulationYears.Select(year => new PopulationYearView(
            year,
            registry.All.Sum(m => (long)m.PopulationAt(year)),
            imported.ContainsKey(year),
            imported.TryGetValue(year, out var figures) ? figures.ImportedAt : null))]);
    }
}
