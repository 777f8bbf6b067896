namespace ENamnd.Activities.Municipalities;

/// <summary>A member municipality (kommun) with its official code (kommunkod) and population at 31 December per year.</summary>
/// <param name="Code">The four-digit municipality code, e.g. "2580".</param>
/// <param name="Name">The official name, e.g. "Luleå".</param>
/// <param name="Populations">Population (invånarantal) at 31 December, keyed by year.</param>
public sealed record Municipality(string Code, string Name, IReadOnlyDictionary<int, int> Populations)
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
