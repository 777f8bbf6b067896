namespace ENamnd.Activities.Municipalities;

/// <summary>A member municipality (kommun) with its official code (kommunkod), names and population at 31 December per year.</summary>
/// <param name="Code">The four-digit municipality code, e.g. "2580".</param>
/// <param name="Name">The short name, e.g. "Boden", for lists, tables and finding it by name.</param>
/// <param name="OfficialName">
/// The official name, e.g. "Bodens kommun", the one way running text names the municipality. It comes with the reference
/// data and is never built from <paramref name="Name"/>: the genitive differs ("Bodens", "Gällivare", "Älvsbyns").
/// </param>
/// <param name="Populations">Population (invånarantal) at 31 December, keyed by year.</param>
public sealed record Municipality(string Code, string Name, string OfficialName, IReadOnlyDictionary<int, int> Populations)
{
    /// <summary>The population at 31 December of <paramref name="year"/>; throws when that year has no figure.</summary>
    public int PopulationAt(int year)
    {
        if (Populations.TryGetValue(year, out var population))
        {
            return population;
        }

        var known = string.Join(", ", Populations.Keys.Order());
        throw new ArgumentOutOfRangeException(
            nameof(year), year, $"{Name} ({Code}) has no population figure for 31 December {year}; known years: {known}.");
    }
}
